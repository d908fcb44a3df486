using DuckDB.NET.Data;
using Stats.Core.Disclosure;
using Stats.Core.Indicators;
using Stats.Warehouse.Sql;

namespace Stats.Warehouse.Indicators;

/// <summary>
/// Applies the threshold rule to one indicator's cells, one reference year at a time (all tables and frequencies of
/// the year together, because they share totals), and writes the result back: suppressed cells lose their published
/// value and get confidentiality status C (primary) or D (secondary).
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
            var problem = new ProtectionProblem(group.Select(c => c.Contributors).ToList(), CellRelations.Of(group)) { Costs = Costs(group) };
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
    private static List<double> Costs(List<ProtectionCell> cells) =>
        cells.Select(c => (c.Contributors + 1.0) * (1 + c.Codes.Count(code => code == "_T")) * (c.Frequency == "A" ? 10 : c.Frequency == "Q" ? 3 : 1))
            .ToList();

    private static async Task<List<(int Year, ProtectionCell Cell)>> ReadAsync(DuckDBConnection writer, IndicatorDefinition indicator, CancellationToken ct)
    {
        var dims = indicator.Breakdowns;
        var columns = string.Join(", ", dims.Select(d => $"\"{d}\""));
        var result = new List<(int, ProtectionCell)>();
        await using var command = writer.CreateCommand(
            $"SELECT cell_id, \"year\", freq, period_no, contributors{(dims.Count > 0 ? ", " + columns : string.Empty)} " +
            "FROM ind_cell WHERE indicator_id = $id ORDER BY cell_id",
            ("id", indicator.Id));
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            var codes = new string[dims.Count];
            for (var d = 0; d < codes.Length; d++)
            {
                codes[d] = reader.GetString(5 + d);
            }

            result.Add((reader.GetInt32(1), new ProtectionCell(reader.GetInt64(0), reader.GetString(2), reader.GetInt32(3), codes, reader.GetInt64(4))));
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
