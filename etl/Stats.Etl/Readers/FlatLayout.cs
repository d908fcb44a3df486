using System.Globalization;
using Stats.Etl.Contracts;

namespace Stats.Etl.Readers;

/// <summary>
/// Raw tables of a flat delivery (CSV, XLSX): one temp table with a VARCHAR column c&lt;i&gt; per header position;
/// <c>when</c> children read the same table, filtered to rows where their column has a value.
/// </summary>
internal static class FlatLayout
{
    public static string ColumnName(int position) => "c" + position.ToString(CultureInfo.InvariantCulture);

    public static IReadOnlyList<RawTable> Tables(IReadOnlyList<string> header, IReadOnlyList<ContractNode> nodes, string recordNumberSql)
    {
        var position = header.Select((name, i) => (name, i)).ToDictionary(x => x.name, x => ColumnName(x.i), StringComparer.Ordinal);
        var root = RawTable.NameOf(0);
        var tables = new List<RawTable>();
        foreach (var node in nodes)
        {
            var columns = node.Columns.Keys.Where(position.ContainsKey).ToDictionary(c => c, c => position[c], StringComparer.Ordinal);
            if (node.IsRoot)
            {
                tables.Add(new RawTable(root, recordNumberSql, "NULL::BIGINT", null, columns));
            }
            else if (node.When is { } when)
            {
                var filter = position.TryGetValue(when, out var raw) ? $"NULLIF(trim(r.{raw}), '') IS NOT NULL" : "false";
                tables.Add(new RawTable(root, recordNumberSql, recordNumberSql, filter, columns));
            }
        }

        return tables;
    }
}
