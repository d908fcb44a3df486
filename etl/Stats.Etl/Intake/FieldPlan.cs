using Stats.Core.Canonical;
using Stats.Etl.Contracts;

namespace Stats.Etl.Intake;

/// <summary>
/// One canonical field of one node and where its value comes from: a delivered column (landed in
/// <c>RawColumn</c>, possibly absent from the file), a contract constant, or the parent's field of that name.
/// </summary>
internal sealed record FieldPlan(
    int Index,
    CanonicalField Field,
    string? Column,
    ColumnSpec? Spec,
    string? RawColumn,
    string? Constant,
    string? ParentField,
    int? CodeMapKey)
{
    public bool FromColumn => Spec is not null;

    public bool Required => Spec is { Required: true } || Field.RequiredByModel;

    /// <summary>What quarantine rows name: the delivered column, or the canonical field when there is none.</summary>
    public string ReportedColumn => Column ?? Field.Name;

    public string SqlType => Field.Type switch
    {
        FieldType.Date => "DATE",
        FieldType.Integer => "INTEGER",
        FieldType.Decimal => "DECIMAL(18, 2)",
        FieldType.Boolean => "BOOLEAN",
        FieldType.CodeSet => "VARCHAR[]",
        _ => "VARCHAR",
    };

    public static IReadOnlyList<FieldPlan> For(ContractNode node, IReadOnlyDictionary<string, string> rawColumns, ref int nextCodeMapKey)
    {
        var plans = new List<FieldPlan>();
        foreach (var field in node.Entity.Fields)
        {
            var column = node.Columns.FirstOrDefault(c => c.Value.Field == field.Name);
            if (column.Value is { } spec)
            {
                int? key = spec.Codes is { Count: > 0 } ? nextCodeMapKey++ : null;
                plans.Add(new FieldPlan(plans.Count, field, column.Key, spec, rawColumns.GetValueOrDefault(column.Key), null, null, key));
            }
            else if (node.Constants.TryGetValue(field.Name, out var constant))
            {
                plans.Add(new FieldPlan(plans.Count, field, null, null, null, constant, null, null));
            }
            else if (node.InheritedFrom.TryGetValue(field.Name, out var parentField))
            {
                plans.Add(new FieldPlan(plans.Count, field, null, null, null, null, parentField, null));
            }
        }

        return plans;
    }
}
