using System.Globalization;
using Microsoft.Extensions.Time.Testing;
using Stats.Etl.Synthetic;
using Stats.Warehouse;
using Stats.Warehouse.Sql;

namespace Stats.Etl.Tests.Scheduling;

/// <summary>Small synthetic deliveries dropped into a scheduler bed's inboxes, and what the warehouse holds afterwards.</summary>
internal static class Deliveries
{
    /// <summary>Generates a 50-person year into <c>&lt;root&gt;/generated-&lt;seed&gt;</c> and returns the clean/ folder.</summary>
    public static string Generate(SchedulerBed bed, int year, int seed)
    {
        var folder = Path.Combine(bed.Root, "generated-" + seed.ToString(CultureInfo.InvariantCulture));
        new DeliveryGenerator(new FakeTimeProvider(bed.Time.GetUtcNow())).Generate(new GenerationOptions(year, seed, folder) { Persons = 50 });
        return Path.Combine(folder, "clean");
    }

    /// <summary>Copies a file into the contract's inbox under <paramref name="name"/> with a .ready marker; returns the inbox path.</summary>
    public static string Drop(SchedulerBed bed, string contractId, string source, string name)
    {
        var inbox = bed.Inbox(contractId);
        Directory.CreateDirectory(inbox);
        var target = Path.Combine(inbox, name);
        File.Copy(source, target);
        File.WriteAllText(target + ".ready", "");
        return target;
    }

    /// <summary>Data lines of a CSV delivery (lines after the header that are not empty), counted without the intake code.</summary>
    public static int DataLines(string csv) => File.ReadLines(csv).Skip(1).Count(l => l.Length > 0);

    public static async Task<long> CountAsync(SchedulerBed bed, string sql)
    {
        await using var connection = await new WarehouseDatabase(bed.Warehouse).OpenWriterAsync(CancellationToken.None);
        return await connection.ScalarAsync<long>(sql, CancellationToken.None);
    }
}
