using Microsoft.EntityFrameworkCore;
using Stats.Catalog;
using Stats.Catalog.Entities;
using Stats.Etl.Contracts;
using Stats.Etl.Operations;
using Stats.Etl.Tests.Intake;
using Stats.Warehouse;

namespace Stats.Etl.Tests.Aggregates;

/// <summary>An aggregate return goes through the same session as any delivery: the catalog records its load or refusal.</summary>
public sealed class CatalogRecordTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("stats-aggregate-catalog-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Loaded_and_refused_returns_are_recorded_in_the_catalog()
    {
        var contracts = Directory.CreateDirectory(Path.Combine(_dir, "contracts")).FullName;
        await File.WriteAllTextAsync(Path.Combine(contracts, "id-decisions-test.json"), WideQuarterlyTests.ContractJson);
        var contract = new ContractRepository(contracts).Get("id-decisions-test");
        var good = Path.Combine(_dir, "identification_decisions_2024.csv");
        await File.WriteAllTextAsync(good, WideQuarterlyTests.Header + "\n2024;Q1;5;3;1;0;6;3;9\n");
        var bad = Path.Combine(_dir, "identification_decisions_2024_b.csv");
        await File.WriteAllTextAsync(bad, WideQuarterlyTests.Header + "\n2024;Q1;5;3;1;0;6;3;neun\n");
        var options = new WarehouseOptions { DataDirectory = Path.Combine(_dir, "data") };

        await using (var session = await WarehouseSession.OpenAsync(options, new CatalogOptions(), new FixedTime(FixedTime.Default), CancellationToken.None))
        {
            (await session.LoadAsync(contract, good, null, CancellationToken.None)).Findings.Should().BeEmpty();
            await session.LoadAsync(contract, bad, null, CancellationToken.None);
            var deliveries = await session.Catalog.Deliveries.AsNoTracking().OrderBy(d => d.Id).ToListAsync();

            deliveries.Select(d => (d.FileName, d.Status, d.RefusalReason, d.LoadBatchKey, d.RowsRead, d.RowsLoaded)).Should().Equal(
                ("identification_decisions_2024.csv", DeliveryStatus.Loaded, (string?)null, (long?)1, 7L, 7L),
                ("identification_decisions_2024_b.csv", DeliveryStatus.Refused, "invalid_count", null, 0L, 0L));
            deliveries[0].Message.Should().Be("identification_decisions_2024.csv: loaded as batch 1: 7 cells read, 7 stored (0 censored, 0 missing), 0 findings.");
            deliveries[1].Message.Should().Contain("row 1, column 'Insgesamt': 'neun' is not a whole number");
        }
    }
}
