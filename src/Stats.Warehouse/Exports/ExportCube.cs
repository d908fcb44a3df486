using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using DuckDB.NET.Data;
using Stats.Warehouse.Indicators;
using Stats.Warehouse.OData;

namespace Stats.Warehouse.Exports;

/// <summary>
/// One indicator cube to export. Its rows come from the same relation the OData set Indicator_&lt;ID&gt; serves to the same
/// role (<see cref="PublishedSetsCube"/>), so an export and the OData answer agree cell by cell by construction, filtered
/// to the requested years and ordered: annual, quarterly, monthly; period; totals before their breakdown codes.
/// </summary>
public sealed class ExportCube
{
    internal ExportCube(
        SnapshotIndicator indicator, IReadOnlyList<ExportDimension> dimensions, FlatEntitySet set, IReadOnlyList<int> years,
        IReadOnlyList<PublishedEstimate>? estimates = null)
    {
        Indicator = indicator;
        Dimensions = dimensions;
        Estimates = (estimates ?? []).Where(e => years.Count == 0 || years.Contains(e.Year)).ToList();
        Columns = set.Properties.Select(p => p.Name).ToList();
        Sql = BuildSql(set, dimensions, years);
    }

    public SnapshotIndicator Indicator { get; }

    /// <summary>The indicator's breakdowns, in registry order.</summary>
    public IReadOnlyList<ExportDimension> Dimensions { get; }

    /// <summary>The OData property names in order: CellKey, Frequency, TimePeriod, Year, PeriodStart, PeriodEnd, per dimension code and label, Value, Flags, ConfStatus, Unit[, Contributors].</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>For an estimated indicator (V09): each exported year's estimate, interval, model and known count; else empty.</summary>
    public IReadOnlyList<PublishedEstimate> Estimates { get; }

    /// <summary>The estimate an annual total cell carries; null for other cells and indicators that are not estimated.</summary>
    public PublishedEstimate? EstimateOf(ExportCell cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return cell.Frequency == "A" && cell.Codes.All(c => c == "_T") ? Estimates.FirstOrDefault(e => e.Year == cell.Year) : null;
    }

    /// <summary>A DuckDB SELECT returning <see cref="Columns"/> for the requested years in export order; for COPY … TO and other set-based writers.</summary>
    public string Sql { get; }

    public async IAsyncEnumerable<ExportCell> ReadAsync(DuckDBConnection snapshot, [EnumeratorCancellation] CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        await using var command = snapshot.CreateCommand();
        command.CommandText = Sql;
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        var value = reader.GetOrdinal("Value");
        var contributors = Columns.Contains("Contributors") ? reader.GetOrdinal("Contributors") : -1;
        var codeOrdinals = Dimensions.Select(d => reader.GetOrdinal(d.Property)).ToArray();
        var labelOrdinals = Dimensions.Select(d => reader.GetOrdinal(d.Property + "Label")).ToArray();
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            yield return new ExportCell(
                reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3),
                DateOnly.FromDateTime(reader.GetDateTime(4)), DateOnly.FromDateTime(reader.GetDateTime(5)),
                codeOrdinals.Select(reader.GetString).ToArray(), labelOrdinals.Select(reader.GetString).ToArray(),
                reader.IsDBNull(value) ? null : reader.GetDouble(value),
                reader.GetString(reader.GetOrdinal("Flags")), reader.GetString(reader.GetOrdinal("ConfStatus")), reader.GetString(reader.GetOrdinal("Unit")),
                contributors < 0 || reader.IsDBNull(contributors) ? null : reader.GetInt64(contributors));
        }
    }

    private static string BuildSql(FlatEntitySet set, IReadOnlyList<ExportDimension> dimensions, IReadOnlyList<int> years)
    {
        var sql = new StringBuilder("SELECT ");
        sql.AppendJoin(", ", set.Properties.Select(p => SqlIdentifier.Quote(p.Name)));
        sql.Append(" FROM ").Append(set.Relation).Append(" AS cube");
        if (years.Count > 0)
        {
            sql.Append(" WHERE \"Year\" IN (").AppendJoin(", ", years.Select(y => y.ToString(CultureInfo.InvariantCulture))).Append(')');
        }

        sql.Append(" ORDER BY CASE \"Frequency\" WHEN 'A' THEN 1 WHEN 'Q' THEN 2 WHEN 'M' THEN 3 ELSE 4 END, \"TimePeriod\"");
        foreach (var d in dimensions)
        {
            var column = SqlIdentifier.Quote(d.Property);
            sql.Append(", (").Append(column).Append(" = '_T') DESC, ").Append(column);
        }

        return sql.ToString();
    }
}
