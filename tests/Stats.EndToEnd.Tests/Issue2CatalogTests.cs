using Stats.Catalog;
using Stats.Catalog.Entities;
using Stats.Catalog.Queries;
using Stats.Etl.Synthetic;

namespace Stats.EndToEnd.Tests;

/// <summary>Issue 2: every delivery and its outcome is recorded in the catalog (SQLite under the data folder).</summary>
public sealed class Issue2CatalogTests
{
    [Fact]
    public async Task Issue_2_the_catalog_records_each_delivery_with_its_outcome_reason_and_quarantine()
    {
        using var data = new TempDataFolder();
        (await CliRun.RunAsync("demo", "--no-serve", "--data", data.Path, "--seed", "5")).ExitCode.Should().Be(0);
        var truth = GroundTruth.Read(Path.Combine(data.Deliveries(2025), "ground-truth.json"));

        await using var catalog = await CatalogDatabase.OpenAsync(new CatalogOptions(), data.Path, CancellationToken.None);
        var deliveries = await new CatalogQueries(catalog).RecentDeliveriesAsync(100, CancellationToken.None);

        deliveries.Should().HaveCount(truth.Deliveries.Count);
        deliveries.Should().NotContain(d => d.Status == DeliveryStatus.Running || d.Status == DeliveryStatus.Failed);
        var refused = deliveries.Where(d => d.Status == DeliveryStatus.Refused)
            .Select(d => (d.FileName, d.RefusalReason)).ToList();
        refused.Should().BeEquivalentTo(truth.Deliveries.Where(d => d.Expected == "refused")
            .Select(d => (Path.GetFileName(d.File), (string?)d.Reason)));
        deliveries.Count(d => d.Status == DeliveryStatus.Duplicate).Should().Be(truth.Deliveries.Count(d => d.Expected == "duplicate"));
        var rowRules = deliveries.Single(d => d.FileName.EndsWith("_rowrules.csv", StringComparison.Ordinal));
        var expectedRules = truth.Deliveries.Single(d => d.File.EndsWith("_rowrules.csv", StringComparison.Ordinal)).QuarantinedByRule;
        rowRules.Quarantine.GroupBy(q => q.RuleCode).ToDictionary(g => g.Key, g => g.Sum(q => q.Rows))
            .Should().BeEquivalentTo(expectedRules.ToDictionary(kv => kv.Key, kv => (long)kv.Value));
        (await new CatalogQueries(catalog).VintagesAsync(CancellationToken.None)).Should().ContainSingle();
    }
}
