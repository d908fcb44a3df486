using System.Globalization;
using Stats.Warehouse.Indicators;
using Stats.Warehouse.Sql;
using Stats.Warehouse.Tests.Support;

namespace Stats.Warehouse.Tests.Aggregates;

/// <summary>
/// A working warehouse whose sql/ folder is a copy of the shipped one with a small test catalogue instead of the shipped
/// indicators (dimensions.json kept), plus plain INSERTs of aggregate cells as the aggregate intake stores them
/// (stg_aggregate_cell, migration 0010). Delivered tokens as in the design's example contract: '&lt;5' censored 1–4,
/// 'c' censored from 1, ':' missing 'not available', '-' missing 'not applicable', anything else a whole number.
/// </summary>
internal sealed class AggregateWarehouse : IAsyncDisposable
{
    /// <summary>Publication date of the builds: every period of 2022–2024 is final (no flag p).</summary>
    public static readonly DateTimeOffset AsOf = new(2025, 9, 1, 9, 0, 0, TimeSpan.Zero);

    private readonly string _sql;
    private readonly Dictionary<long, long> _records = [];

    private AggregateWarehouse(string sql, TempWarehouse warehouse)
    {
        _sql = sql;
        Warehouse = warehouse;
    }

    public TempWarehouse Warehouse { get; }

    /// <summary>
    /// <paramref name="definitions"/>: file name → text (indicator definitions and unit queries) for sql/indicators.
    /// </summary>
    public static async Task<AggregateWarehouse> CreateAsync(params (string File, string Text)[] definitions)
    {
        var sql = Directory.CreateTempSubdirectory("stats-agg-sql-").FullName;
        var shipped = Path.Combine(AppContext.BaseDirectory, "sql");
        foreach (var file in Directory.EnumerateFiles(shipped, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(shipped, file);
            var isCatalogue = Path.GetDirectoryName(relative) == IndicatorCatalogueFiles.Folder && Path.GetFileName(file) != "dimensions.json";
            if (!isCatalogue)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(sql, relative))!);
                File.Copy(file, Path.Combine(sql, relative));
            }
        }

        foreach (var (file, text) in definitions)
        {
            await File.WriteAllTextAsync(Path.Combine(sql, IndicatorCatalogueFiles.Folder, file), text);
        }

        return new AggregateWarehouse(sql, await TempWarehouse.CreateAsync(sql));
    }

    /// <summary>A count indicator from one aggregate return (every table takes the indicator's source).</summary>
    public static (string, string) Definition(string id, string contract, string unit, string breakdowns, string tables) =>
        ($"{id}.json",
         $$"""
         {
           "id": "{{id}}", "title": "Test {{id}}", "definition": "Counted by a source.", "unit": "{{unit}}", "measure": "count",
           "source": "aggregate:{{contract}}", "breakdowns": [{{breakdowns}}], "tables": [{{tables}}],
           "sources": ["COURT"], "disclosure": { "rule": "threshold" }, "references": {}
         }
         """);

    /// <summary>T01, persons by sex at A, from the return court-test: the indicator most tests need.</summary>
    public static (string, string) SexDefinition() =>
        Definition("T01", "court-test", "persons", "\"sex\"", "{ \"by\": [\"sex\"], \"frequencies\": [\"A\"] }");

    /// <summary>A warehouse with <see cref="SexDefinition"/>, one delivery of court-test stating the cells, built.</summary>
    public static async Task<AggregateWarehouse> SexReturnAsync(params (string Period, string Coordinates, string Delivered)[] cells)
    {
        var wh = await CreateAsync(SexDefinition());
        await wh.DeliverAsync("court-test", "T01", "persons", cells);
        await wh.BuildAsync();
        return wh;
    }

    /// <summary>A load batch of an aggregate return (meta_load_batch), as the intake records one.</summary>
    public Task<long> BatchAsync(string contract) => Warehouse.Staging.BatchAsync("CRT", contract);

    /// <summary>One stated cell: <paramref name="period"/> is 2023, 2023-Q2 or 2023-05; <paramref name="delivered"/> as the file said.</summary>
    public Task CellAsync(long batch, string contract, string indicator, string unit, string period, string coordinates, string delivered)
    {
        var (freq, year, number) = period.Length == 4 ? ("A", period, 0)
            : period[5] == 'Q' ? ("Q", period[..4], int.Parse(period[6..], CultureInfo.InvariantCulture))
            : ("M", period[..4], int.Parse(period[5..], CultureInfo.InvariantCulture));
        var exact = double.TryParse(delivered, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value);
        (string Status, double? Lower, double? Upper, string? Reason) stated = delivered switch
        {
            "<5" => ("censored", 1, 4, null),
            "c" => ("censored", 1, null, null),
            ":" => ("missing", null, null, "not available"),
            "-" => ("missing", null, null, "not applicable"),
            _ when exact => ("exact", null, null, null),
            _ => throw new ArgumentException($"'{delivered}' is not a count or a token of the test contract.", nameof(delivered)),
        };
        _records[batch] = _records.GetValueOrDefault(batch) + 1;
        return Warehouse.Writer.ExecuteAsync(
            """
            INSERT INTO stg_aggregate_cell VALUES ($batch, $contract, 'CRT', $indicator, $unit, $record, 'Anzahl', $freq,
                CAST($year AS INTEGER), $period_no, $coordinates, $value, $status, $lower, $upper, $token, $reason)
            """,
            CancellationToken.None,
            ("batch", batch), ("contract", contract), ("indicator", indicator), ("unit", unit), ("record", _records[batch]),
            ("freq", freq), ("year", year), ("period_no", number), ("coordinates", coordinates), ("value", exact ? value : null),
            ("status", stated.Status), ("lower", stated.Lower), ("upper", stated.Upper), ("token", exact ? null : delivered), ("reason", stated.Reason));
    }

    /// <summary>One delivery (batch) of <paramref name="contract"/> stating the cells, each (period, coordinates, delivered text).</summary>
    public async Task<long> DeliverAsync(
        string contract, string indicator, string unit, params (string Period, string Coordinates, string Delivered)[] cells)
    {
        var batch = await BatchAsync(contract);
        foreach (var (period, coordinates, delivered) in cells)
        {
            await CellAsync(batch, contract, indicator, unit, period, coordinates, delivered);
        }

        return batch;
    }

    /// <summary>The model build, then every indicator of the test catalogue (k = 5).</summary>
    public async Task BuildAsync()
    {
        await Warehouse.BuildAsync();
        await new IndicatorBuilder(Warehouse.Database, new ManualTime(AsOf)).BuildAsync(Warehouse.Writer, null, null, CancellationToken.None);
    }

    /// <summary>
    /// Cells of one lattice of ind_cell as "time_period|code…|raw|obs|conf_status|obs_flag|analyst_flag|contributors",
    /// ordered by period and codes.
    /// </summary>
    public Task<List<string>> CellsAsync(string indicator, string freq, params string[] by)
    {
        var codes = string.Concat(by.Select(b => $"\"{b}\", "));
        return Query.LinesAsync(Warehouse.Writer,
            $"""
            SELECT time_period, {codes}raw_value, obs_value, conf_status, obs_flag, analyst_flag, contributors FROM ind_cell
            WHERE indicator_id = '{indicator}' AND freq = '{freq}' AND table_by = '{string.Join(',', by)}'
            ORDER BY period_start, {codes}1
            """);
    }

    public async ValueTask DisposeAsync()
    {
        await Warehouse.DisposeAsync();
        Directory.Delete(_sql, recursive: true);
    }
}
