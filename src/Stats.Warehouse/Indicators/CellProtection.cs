using DuckDB.NET.Data;
using Stats.Core.Disclosure;
using Stats.Core.Indicators;
using Stats.Warehouse.Indicators.Aggregates;
using Stats.Warehouse.Sql;

namespace Stats.Warehouse.Indicators;

/// <summary>
/// Applies the threshold rule to one indicator's cells, one reference year at a time (all tables and frequencies of
/// the year together, because they share totals), and writes the result back: suppressed cells lose their published
/// value and get confidentiality status C (primary) or D (secondary). Cells of aggregate returns suppressed at source
/// (censored) are forced primaries whatever value they may have, with a value imputed for the relations
/// (<see cref="CensoredImputation"/>); missing ones are in no relation and stay as they are.
/// </summary>
internal static class CellProtection
{
    public static async Task<(long Primary, long Secondary)> ApplyAsync(
        DuckDBConnection writer, IndicatorDefinition indicator, int k, CancellationToken ct)
    {
        var rule = new DisclosureRule(k);
        var cells = await ReadAsync(writer, indicator, ct).ConfigureAwait(false);
        var suppressed = new List<(long CellId, string Status)>();
        foreach (var year in cells.GroupBy(c => c.Year))
        {
            var group = year.Select(c => c.Cell).ToList();
            var candidates = CellRelations.Candidates(group);
            var values = CensoredImputation.Values(group, candidates);
            var problem = new ProtectionProblem(values, CellRelations.AddingUp(candidates, values))
            {
                Costs = Costs(group, values),
                Forced = Enumerable.Range(0, group.Count).Where(i => group[i].Status == AggregateStatus.Censored).ToList(),
            };
            var statuses = LinkedProtector.Protect(problem, rule);
            for (var i = 0; i < group.Count; i++)
            {
                if (statuses[i] != ConfidentialityStatus.Free)
                {
                    suppressed.Add((group[i].CellId, statuses[i] == ConfidentialityStatus.Primary ? "C" : "D"));
                }
            }
        }

        await WriteAsync(writer, suppressed, ct).ConfigureAwait(false);
        return (suppressed.Count(s => s.Status == "C"), suppressed.Count(s => s.Status == "D"));
    }

    /// <summary>
    /// Cost of suppressing a cell: its value (information lost), raised for coarser cells — totals and annual figures
    /// are what readers look at first, so secondary suppression prefers detailed, monthly cells.
    /// </summary>
    private static List<double> Costs(List<ProtectionCell> cells, long[] values) =>
        cells.Select((c, i) => (values[i] + 1.0) * (1 + c.Codes.Count(code => code == "_T")) * (c.Frequency == "A" ? 10 : c.Frequency == "Q" ? 3 : 1))
            .ToList();

    private static async Task<List<(int Year, ProtectionCell Cell)>> ReadAsync(DuckDBConnection writer, IndicatorDefinition indicator, CancellationToken ct)
    {
        var dims = indicator.Breakdowns;
        var columns = string.Concat(dims.Select(d => $", c.\"{d}\""));
        // Cells of aggregate returns: no value and C = censored (bounds from the resolved cells), no value and F = missing.
        var fromReturns = indicator.Tables.Any(t => t.Source.IsAggregate);
        var source = fromReturns
            ? $", c.raw_value IS NULL AND c.conf_status = 'C', c.raw_value IS NULL AND c.conf_status <> 'C', t.lower_bound, t.upper_bound FROM ind_cell c LEFT JOIN {AggregateCube.Table} t ON {AggregateCubeSql.Join("t", "c", dims)}"
            : " FROM ind_cell c";
        var result = new List<(int, ProtectionCell)>();
        await using var command = writer.CreateCommand(
            $"SELECT c.cell_id, c.\"year\", c.freq, c.period_no, c.contributors{columns}{source} WHERE c.indicator_id = $id ORDER BY c.cell_id",
            ("id", indicator.Id));
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            var codes = new string[dims.Count];
            for (var d = 0; d < codes.Length; d++)
            {
                codes[d] = reader.GetString(5 + d);
            }

            var cell = new ProtectionCell(reader.GetInt64(0), reader.GetString(2), reader.GetInt32(3), codes, reader.GetInt64(4));
            if (fromReturns)
            {
                var at = 5 + dims.Count;
                cell = cell with
                {
                    // A negative stated count (a finding of the intake) cannot be protected as a count: left out like a missing one.
                    Status = reader.GetBoolean(at) ? AggregateStatus.Censored
                        : reader.GetBoolean(at + 1) || cell.Contributors < 0 ? AggregateStatus.Missing
                        : AggregateStatus.Exact,
                    Lower = reader.IsDBNull(at + 2) ? null : reader.GetDouble(at + 2),
                    Upper = reader.IsDBNull(at + 3) ? null : reader.GetDouble(at + 3),
                };
            }

            result.Add((reader.GetInt32(1), cell));
        }

        return result;
    }

    private static async Task WriteAsync(DuckDBConnection writer, List<(long CellId, string Status)> suppressed, CancellationToken ct)
    {
        if (suppressed.Count == 0)
        {
            return;
        }

        await writer.ExecuteAsync("CREATE OR REPLACE TEMP TABLE ind_suppressed (cell_id BIGINT, conf_status VARCHAR)", ct).ConfigureAwait(false);
        using (var appender = writer.CreateAppender("ind_suppressed"))
        {
            foreach (var (id, status) in suppressed)
            {
                appender.CreateRow().AppendValue(id).AppendValue(status).EndRow();
            }
        }

        await writer.ExecuteAsync(
            "UPDATE ind_cell c SET conf_status = s.conf_status, obs_value = NULL FROM ind_suppressed s WHERE c.cell_id = s.cell_id", ct).ConfigureAwait(false);
    }
}
