using System.Globalization;
using Spectre.Console;
using Stats.Catalog.Queries;
using Stats.Core.Estimation;
using Stats.Etl.Contracts;
using Stats.Etl.Intake;
using Stats.Etl.Operations;
using Stats.Etl.Pseudonymisation;
using Stats.Etl.Synthetic;
using Stats.Host.Cli;
using Stats.Host.Commands;
using Stats.Host.Output;
using Stats.Warehouse.Estimation;
using Stats.Warehouse.Indicators;
using Stats.Warehouse.Reports;
using Stats.Warehouse.Vintages;

namespace Stats.Host.Demo;

/// <summary>The steps of `stats demo`, each printed as it runs.</summary>
internal sealed class DemoRun(IAnsiConsole console, StatsEnvironment env, int year, int seed)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var folder = Path.Combine(env.Warehouse.DataPath, "deliveries", year.ToString(CultureInfo.InvariantCulture));
        console.Write(new Rule($"[bold]THB statistics warehouse demo: year {year}, seed {seed}[/]").LeftJustified());
        console.MarkupLineInterpolated($"Data folder: {env.Warehouse.DataPath}");

        Step("1. Agencies deliver: synthetic, anonymised deliveries from five agencies");
        var generated = new DeliveryGenerator(env.Time).Generate(GenerateCommand.Options(year, seed, folder, persons: null));
        GenerationTables.Write(console, generated, folder);

        Step("2. Agency side: linkage keys derived from names that never leave the agency");
        await ShowPseudonymisationAsync(generated, folder, cancellationToken).ConfigureAwait(false);

        Step("3. Intake: every delivery checked against its contract, then loaded or refused");
        await using var session = await WarehouseSession.OpenAsync(env.Warehouse, env.Catalog, env.Time, cancellationToken).ConfigureAwait(false);
        var outcomes = await LoadAllAsync(session, generated.GroundTruth, folder, cancellationToken).ConfigureAwait(false);
        OutcomeTables.Write(console, outcomes);
        var unexpected = DemoExpectations.Unexpected(generated.GroundTruth, folder, outcomes);
        foreach (var line in unexpected)
        {
            console.MarkupLineInterpolated($"[red]unexpected:[/] {line}");
        }

        Step("4. Publish: model build, data tests, atomic switch to a new vintage");
        var expectations = ContractExpectations.From(new ContractRepository(env.ContractsDirectory).All());
        var publish = await PublishDisplay.RunAsync(console, session, expectations, cancellationToken).ConfigureAwait(false);
        if (!publish.Published)
        {
            return ExitCodes.NotPublished;
        }

        Step("5. Figures from the published vintage, next to the generator's ground truth");
        var store = new VintageStore(env.Warehouse);
        var current = publish.Vintage!;
        await using var snapshot = await store.OpenReadOnlyAsync(current, cancellationToken).ConfigureAwait(false);
        var summary = await SummaryReport.ReadAsync(snapshot, year, session.Database.Sql, cancellationToken).ConfigureAwait(false);
        var checks = SummaryComparison.Compare(summary, generated.GroundTruth).ToList();
        SummaryTables.Write(console, $"Vintage {current.Id}: reference year {year}", checks);
        var quarantineOk = await ShowQuarantineAsync(session, generated.GroundTruth, cancellationToken).ConfigureAwait(false);

        Step("6. Indicators: headline figures as the public sees them; the analyst view against the ground truth");
        var indicatorChecks = await new HeadlineIndicators(console, year).ShowAsync(snapshot, current.Id, generated.GroundTruth, cancellationToken).ConfigureAwait(false);
        SummaryTables.Write(console, $"Vintage {current.Id}: indicators {year}", indicatorChecks);
        checks.AddRange(indicatorChecks);

        Step("7. The hidden figure: multiple systems estimation over the overlap of the agencies' lists");
        await ShowEstimateAsync(snapshot, session, year, cancellationToken).ConfigureAwait(false);

        Step($"8. Monthly pack: {DemoPack.MonthOf(year, env.Time.GetUtcNow())} for a public and an analyst subscriber, written to the outbox");
        var packed = await DemoPack.RunAsync(console, env, year, cancellationToken).ConfigureAwait(false);

        var differing = checks.Count(c => !c.Matches);
        if (differing == 0 && quarantineOk && unexpected.Count == 0 && packed)
        {
            console.MarkupLine("[green]Every figure equals the generator's ground truth.[/]");
            return ExitCodes.Ok;
        }

        console.MarkupLineInterpolated(
            $"[red]{differing} figure(s) differ from the ground truth; {unexpected.Count} delivery outcome(s) were unexpected; pack written: {packed}.[/]");
        return ExitCodes.Error;
    }

    /// <summary>
    /// The demo's lists overlap by quotas, not by a capture process, so the generator has no true total to compare
    /// with: the estimate is shown, not checked (the estimator is checked by simulation and published examples).
    /// </summary>
    private async Task ShowEstimateAsync(DuckDB.NET.Data.DuckDBConnection snapshot, WarehouseSession session, int year, CancellationToken cancellationToken)
    {
        var table = await AgencyOverlapReader.ReadAsync(snapshot, session.Database.Sql, year, cancellationToken).ConfigureAwait(false);
        if (table is null)
        {
            console.MarkupLine("No person registered in the year: nothing to estimate.");
            return;
        }

        try
        {
            EstimateTables.Write(console, MultipleSystemsEstimator.Estimate(table, env.Warehouse.Estimation.ToOptions()), $"agency lists {year}");
        }
        catch (EstimationRefusedException e)
        {
            console.MarkupLineInterpolated($"[yellow]No estimate ({e.ReasonCode}):[/] {e.Message}");
        }

        foreach (var published in (await PublishedEstimates.ReadAsync(snapshot, "V09", IndicatorRole.Public, cancellationToken).ConfigureAwait(false)).Where(p => p.Year == year))
        {
            var value = published.Value is { } v ? v.ToString("N0", CultureInfo.InvariantCulture) : ":";
            var known = published.KnownValue is { } k ? k.ToString("N0", CultureInfo.InvariantCulture) : ":";
            console.MarkupLineInterpolated(
                $"Published as V09 (public): {value} ({published.Flags}), {published.Level} interval {published.Interval}; known count ({published.KnownIndicatorId}) {known}.");
        }
    }

    private void Step(string title) => console.Write(new Rule($"[bold]{Markup.Escape(title)}[/]").LeftJustified());

    private async Task ShowPseudonymisationAsync(GenerationResult generated, string folder, CancellationToken cancellationToken)
    {
        var raw = Path.Combine(folder, "raw", $"police_victims_raw_{year}.csv");
        var output = Path.Combine(folder, "pseudonymised", $"police_victims_{year}.csv");
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        var result = await new Pseudonymiser().RunAsync(new PseudonymiseRequest(generated.DemoSecretPath, raw, output), cancellationToken).ConfigureAwait(false);
        var delivered = Path.Combine(folder, "clean", $"police_victims_{year}.csv");
        var same = await ContentHash.ComputeAsync(output, cancellationToken).ConfigureAwait(false)
                   == await ContentHash.ComputeAsync(delivered, cancellationToken).ConfigureAwait(false);
        console.MarkupLineInterpolated($"stats pseudonymise --secret-file {generated.DemoSecretPath} --in {raw} --out {output}");
        console.MarkupLineInterpolated($"  {result.RowsWritten} rows; dropped {string.Join(", ", result.DroppedColumns)}; output identical to the police delivery: {(same ? "yes" : "NO")}");
    }

    private async Task<IReadOnlyList<IntakeOutcome>> LoadAllAsync(WarehouseSession session, GroundTruth truth, string folder, CancellationToken cancellationToken)
    {
        var contracts = new ContractRepository(env.ContractsDirectory);
        var outcomes = new List<IntakeOutcome>();
        await console.Progress().StartAsync(async context =>
        {
            var task = context.AddTask("Deliveries", maxValue: truth.Deliveries.Count);
            foreach (var delivery in truth.Deliveries)
            {
                task.Description = Markup.Escape(delivery.File);
                var path = Path.Combine(folder, delivery.File);
                outcomes.Add(await session.LoadAsync(contracts.Get(delivery.Contract), path, null, cancellationToken).ConfigureAwait(false));
                task.Increment(1);
            }
        }).ConfigureAwait(false);
        return outcomes;
    }

    private async Task<bool> ShowQuarantineAsync(WarehouseSession session, GroundTruth truth, CancellationToken cancellationToken)
    {
        var totals = await new CatalogQueries(session.Catalog).QuarantineTotalsByRuleAsync(null, cancellationToken).ConfigureAwait(false);
        var expected = truth.Deliveries.SelectMany(d => d.QuarantinedByRule)
            .GroupBy(kv => kv.Key).ToDictionary(g => g.Key, g => (long)g.Sum(kv => kv.Value), StringComparer.Ordinal);
        var checks = totals.Select(t => t.RuleCode).Union(expected.Keys).Order(StringComparer.Ordinal)
            .Select(rule => new FigureCheck("Rows quarantined by rule (all deliveries)", rule,
                totals.FirstOrDefault(t => t.RuleCode == rule)?.Rows ?? 0, expected.GetValueOrDefault(rule)))
            .ToList();
        SummaryTables.Write(console, "Quarantine", checks);
        return checks.All(c => c.Matches);
    }
}
