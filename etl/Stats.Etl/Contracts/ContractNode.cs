using Stats.Core.Canonical;

namespace Stats.Etl.Contracts;

/// <summary>
/// The root record or one child of a contract, with everything intake needs in one shape: its entity, columns,
/// constants, rules and the fields it takes from its parent (explicit <c>inherit</c> plus linkage_key/record_id).
/// </summary>
internal sealed record ContractNode(
    int Index,
    string KeyPrefix,
    CanonicalEntity Entity,
    IReadOnlyDictionary<string, ColumnSpec> Columns,
    IReadOnlyDictionary<string, string> Constants,
    IReadOnlyList<string> Ignore,
    IReadOnlyList<DateOrderRule> DateOrder,
    IReadOnlyDictionary<string, string> InheritedFrom,
    string? Path,
    string? When)
{
    private static readonly string[] AlwaysInherited = ["linkage_key", "record_id"];

    public bool IsRoot => Index == 0;

    /// <summary>What a quarantine row of this child names when its parent took it along.</summary>
    public string Label => Path ?? When ?? "record";

    public static IReadOnlyList<ContractNode> Of(SourceContract contract)
    {
        var rootEntity = CanonicalEntities.All.FirstOrDefault(e => e.Name == contract.Entity)
            ?? throw new ContractException($"{contract.FilePath}: entity: unknown canonical entity '{contract.Entity}'.");
        var nodes = new List<ContractNode>
        {
            new(0, string.Empty, rootEntity, contract.Columns, contract.Constants, contract.Ignore,
                contract.Rules?.DateOrder ?? [], new Dictionary<string, string>(), null, null),
        };
        for (var i = 0; i < contract.Children.Count; i++)
        {
            var child = contract.Children[i];
            var entity = CanonicalEntities.All.FirstOrDefault(e => e.Name == child.Entity)
                ?? throw new ContractException($"{contract.FilePath}: children[{i}].entity: unknown canonical entity '{child.Entity}'.");
            var inherited = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (parentField, childField) in child.Inherit)
            {
                inherited[childField] = parentField;
            }

            foreach (var field in AlwaysInherited)
            {
                var mapped = child.Columns.Values.Any(c => c.Field == field) || child.Constants.ContainsKey(field);
                if (!mapped && !inherited.ContainsKey(field) && entity.Find(field) is not null && rootEntity.Find(field) is not null)
                {
                    inherited[field] = field;
                }
            }

            nodes.Add(new(i + 1, $"children[{i}].", entity, child.Columns, child.Constants, child.Ignore,
                child.Rules?.DateOrder ?? [], inherited, child.Path, child.When));
        }

        return nodes;
    }
}
