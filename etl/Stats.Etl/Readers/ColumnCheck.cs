using Stats.Etl.Contracts;

namespace Stats.Etl.Readers;

/// <summary>
/// The refusals decided by the delivered column names alone, in the order of the README: a direct identifier
/// first (whatever the contract says), then a column the contract does not know, then a required one missing.
/// </summary>
internal static class ColumnCheck
{
    /// <summary>Checks the header of a flat file (CSV, XLSX): the root's and the <c>when</c> children's columns.</summary>
    public static void CheckFlat(string fileName, IReadOnlyList<string> header, IReadOnlyList<ContractNode> nodes)
    {
        var seen = Distinct(fileName, header);
        var flat = nodes.Where(n => n.IsRoot || n.When is not null).ToList();
        CheckNames(fileName, header, name => flat.Any(n => n.Columns.ContainsKey(name) || n.Ignore.Contains(name, StringComparer.Ordinal)));
        foreach (var node in flat)
        {
            if (node.When is { } when && !seen.Contains(when))
            {
                continue;
            }

            CheckRequired(fileName, node, seen.Contains, "column");
        }
    }

    /// <summary>Checks the header of a flat file against a known-column test and the columns it must have (aggregate returns).</summary>
    public static void CheckFlat(string fileName, IReadOnlyList<string> header, Func<string, bool> known, IReadOnlyList<string> required)
    {
        var seen = Distinct(fileName, header);
        CheckNames(fileName, header, known);
        RefuseMissing(fileName, required.Where(c => !seen.Contains(c)).ToList(), "column", string.Empty);
    }

    /// <summary>Checks the property paths found in the records (or, for a child, in its objects).</summary>
    public static void CheckPaths(string fileName, IReadOnlyCollection<string> paths, Func<string, bool> known)
    {
        CheckNames(fileName, paths, known);
    }

    public static void CheckRequired(string fileName, ContractNode node, Func<string, bool> present, string what)
    {
        var missing = node.Columns
            .Where(c => c.Value.Required || node.Entity.Find(c.Value.Field) is { RequiredByModel: true })
            .Select(c => c.Key)
            .Where(c => !present(c))
            .ToList();
        RefuseMissing(fileName, missing, what, node.IsRoot ? string.Empty : $" (in '{node.Label}')");
    }

    private static void RefuseMissing(string fileName, List<string> missing, string what, string where)
    {
        if (missing.Count > 0)
        {
            throw new DeliveryRefusedException(RefusalReasons.MissingRequiredColumn,
                $"{fileName}: required {what}{(missing.Count > 1 ? "s" : string.Empty)} {Quote(missing)}{where} missing.");
        }
    }

    private static HashSet<string> Distinct(string fileName, IReadOnlyList<string> header)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in header)
        {
            if (name.Length == 0)
            {
                throw new DeliveryRefusedException(RefusalReasons.MalformedFile, $"{fileName}: the header has an empty column name.");
            }

            if (!seen.Add(name))
            {
                throw new DeliveryRefusedException(RefusalReasons.MalformedFile, $"{fileName}: the header names column '{name}' twice.");
            }
        }

        return seen;
    }

    private static void CheckNames(string fileName, IEnumerable<string> names, Func<string, bool> known)
    {
        var list = names.ToList();
        var identifying = list.Select(n => (Name: n, Kind: ContractValidator.IdentifyingName(n))).Where(x => x.Kind is not null).ToList();
        if (identifying.Count > 0)
        {
            throw new DeliveryRefusedException(RefusalReasons.IdentifyingColumn,
                $"{fileName}: column{(identifying.Count > 1 ? "s" : string.Empty)} {string.Join(", ", identifying.Select(x => $"'{x.Name}' ({x.Kind})"))} " +
                "would identify a person; the warehouse never receives direct identifiers.");
        }

        var unknown = list.Where(n => !known(n)).ToList();
        if (unknown.Count > 0)
        {
            throw new DeliveryRefusedException(RefusalReasons.UnknownColumn,
                $"{fileName}: column{(unknown.Count > 1 ? "s" : string.Empty)} {Quote(unknown)} not in the contract (neither mapped nor ignored).");
        }
    }

    private static string Quote(IEnumerable<string> names) => string.Join(", ", names.Select(n => $"'{n}'"));
}
