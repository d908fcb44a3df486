using System.Globalization;
using DuckDB.NET.Data;
using Stats.Core.Indicators;
using Stats.Warehouse.Sql;

namespace Stats.Warehouse.Indicators.Aggregates;

/// <summary>
/// The cells of an indicator's aggregate lattices (those whose source is an aggregate return), resolved from the current
/// cells of each return (fct_aggregate_cell) by <see cref="AggregateCellResolver"/> into the temporary table
/// <see cref="Table"/>, one row per lattice cell that is not simply 'not available'. <see cref="CubeSql"/> joins it
/// where microdata lattices join their unit counts; a lattice cell without a row is missing.
/// </summary>
internal static class AggregateCube
{
    public const string Table = "ind_aggregate_target";
    private const string Total = "_T";

    public static async Task WriteAsync(
        DuckDBConnection writer, IndicatorCatalogue catalogue, IndicatorDefinition indicator,
        IReadOnlyList<(Frequency Frequency, IReadOnlyList<string> By)> lattices, CancellationToken ct)
    {
        var breakdowns = indicator.Breakdowns;
        await writer.ExecuteAsync(
            $"CREATE OR REPLACE TEMP TABLE {Table} (freq VARCHAR, \"year\" INTEGER, period_no INTEGER, " +
            string.Concat(breakdowns.Select(b => $"\"{b}\" VARCHAR, ")) +
            "status VARCHAR, value DOUBLE, lower_bound DOUBLE, upper_bound DOUBLE, missing_reason VARCHAR)", ct).ConfigureAwait(false);
        var forms = new FormSets(await PrecedenceAsync(writer, ct).ConfigureAwait(false));
        foreach (var contract in lattices.GroupBy(l => indicator.LatticeSource(l.By, l.Frequency).Contract!, StringComparer.Ordinal))
        {
            var cells = await StatedCellsAsync(writer, indicator, contract.Key, ct).ConfigureAwait(false);
            var resolver = new AggregateCellResolver(
                cells, forms, d => catalogue.Dimensions.Any(x => string.Equals(x.Id, d, StringComparison.Ordinal) && x.Additive));
            using var appender = writer.CreateAppender(Table);
            foreach (var (frequency, by) in contract)
            {
                foreach (var (period, codes, value) in Cells(resolver, frequency, by))
                {
                    var row = appender.CreateRow().AppendValue(period.Freq).AppendValue(period.Year).AppendValue(period.PeriodNo);
                    foreach (var b in breakdowns)
                    {
                        row.AppendValue(codes.GetValueOrDefault(b, Total));
                    }

                    row.AppendValue(value.Status.ToString().ToLowerInvariant()).AppendValue(value.Value)
                        .AppendValue(value.Lower).AppendValue(value.Upper).AppendValue(value.Reason).EndRow();
                }
            }
        }
    }

    /// <summary>
    /// Every cell of the lattice (a stated code on each of its breakdowns, <c>_T</c> elsewhere) in every period of the
    /// years the return covers, except those that resolve to 'not available' (the default of a cell without a row). A
    /// breakdown the return does not have leaves the whole lattice missing; its <c>_T</c> cells belong to smaller lattices.
    /// </summary>
    private static IEnumerable<(AggregatePeriod Period, Dictionary<string, string> Codes, AggregateValue Value)> Cells(
        AggregateCellResolver resolver, Frequency frequency, IReadOnlyList<string> by)
    {
        if (by.Any(b => !resolver.Dimensions.Contains(b, StringComparer.Ordinal)))
        {
            yield break;
        }

        var freq = Frequencies.Code(frequency);
        var periodNumbers = frequency switch { Frequency.Annual => [0], Frequency.Quarterly => Enumerable.Range(1, 4), _ => Enumerable.Range(1, 12) };
        var periods = resolver.Periods.Select(p => p.Year).Distinct().Order()
            .SelectMany(y => periodNumbers.Select(n => new AggregatePeriod(freq, y, n))).ToList();
        IEnumerable<Dictionary<string, string>> combinations = [new Dictionary<string, string>(StringComparer.Ordinal)];
        foreach (var b in by)
        {
            var codes = resolver.CodesOf(b);
            combinations = combinations.SelectMany(c => codes.Select(code => new Dictionary<string, string>(c, StringComparer.Ordinal) { [b] = code })).ToList();
        }

        foreach (var codes in combinations)
        {
            var target = resolver.Dimensions.Select(d => codes.GetValueOrDefault(d, Total)).ToArray();
            foreach (var period in periods)
            {
                var value = resolver.Resolve(period, target);
                if (value is not { IsMissing: true, Reason: AggregateValue.NotAvailable })
                {
                    yield return (period, codes, value);
                }
            }
        }
    }

    private static async Task<List<StatedCell>> StatedCellsAsync(
        DuckDBConnection writer, IndicatorDefinition indicator, string contract, CancellationToken ct)
    {
        var cells = new List<StatedCell>();
        await using var command = writer.CreateCommand(
            """
            SELECT freq, "year", period_no, coordinates, status, value, lower_bound, upper_bound, missing_reason, indicator_id, unit
            FROM fct_aggregate_cell WHERE contract_id = $contract ORDER BY "year", freq, period_no, coordinates
            """,
            ("contract", contract));
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            var (statedIndicator, unit) = (reader.GetString(9), reader.GetString(10));
            if (!string.Equals(statedIndicator, indicator.Id, StringComparison.Ordinal) || !string.Equals(unit, indicator.Unit, StringComparison.Ordinal))
            {
                throw new IndicatorBuildException(
                    $"{indicator.Id}: aggregate return '{contract}' states its cells for indicator {statedIndicator} in {unit}, " +
                    $"but {indicator.Id} counts {indicator.Unit}; the contract's aggregate.indicator and aggregate.unit must name this indicator and its unit.");
            }

            double? Number(int i) => reader.IsDBNull(i) ? null : reader.GetDouble(i);
            var value = reader.GetString(4) switch
            {
                "exact" => AggregateValue.Exact(reader.GetDouble(5)),
                "censored" => new AggregateValue(AggregateStatus.Censored, null, Number(6), Number(7), null),
                _ => AggregateValue.Missing(reader.IsDBNull(8) ? AggregateValue.NotAvailable : reader.GetString(8)),
            };
            cells.Add(new StatedCell(
                new AggregatePeriod(reader.GetString(0), reader.GetInt32(1), reader.GetInt32(2)), StatedCell.ParseCoordinates(reader.GetString(3)), value));
        }

        return cells;
    }

    private static async Task<Dictionary<string, int>> PrecedenceAsync(DuckDBConnection writer, CancellationToken ct)
    {
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        await using var command = writer.CreateCommand("SELECT form_code, main_form_precedence FROM dim_exploitation_form");
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            result[reader.GetString(0)] = Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture);
        }

        return result;
    }
}
