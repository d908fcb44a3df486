using Stats.Etl.Synthetic;

namespace Stats.Etl.Tests.Synthetic;

public sealed class BulkDeliveryWriterTests
{
    [Fact]
    public async Task Bulk_file_is_a_valid_police_delivery_with_about_seven_percent_repeated_keys()
    {
        var path = Path.Combine(Path.GetTempPath(), $"stats-bulk-{Guid.NewGuid():N}.csv");
        try
        {
            await BulkDeliveryWriter.WritePoliceVictimsAsync(path, 20_000, 5, CancellationToken.None);

            var contract = new ContractMapping("police-victims");
            var table = DeliveryTable.ReadCsv(path, contract.Delimiter);
            table.Columns.Should().BeEquivalentTo(contract.FlatColumns());
            table.Rows.Should().HaveCount(20_000);
            table.Rows.Select(r => RowRuleCheck.Broken(contract, r)).Should().OnlyContain(b => b.Count == 0, "every row passes every row rule");
            foreach (var row in table.Rows)
            {
                contract.ParseDate(row["detected_on"]).Year.Should().Be(BulkDeliveryWriter.Year);
                ContractMapping.Canonical(contract.Json.GetProperty("columns").GetProperty("exploitation"), "exploitation", (string?)row["exploitation"]);
            }

            var keys = table.Rows.GroupBy(r => (string)r["person_pseudonym"]!).ToList();
            var repeated = (double)(table.Rows.Count - keys.Count) / table.Rows.Count;
            repeated.Should().BeInRange(0.06, 0.08);
            keys.Where(g => g.Select(Person).Distinct().Count() != 1).Should().BeEmpty("a repeated key is the same person");

            var again = path + ".2";
            await BulkDeliveryWriter.WritePoliceVictimsAsync(again, 20_000, 5, CancellationToken.None);
            File.ReadAllBytes(again).Should().Equal(File.ReadAllBytes(path));
            File.Delete(again);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string Person(Dictionary<string, object?> row) => $"{row["gender"]}|{row["age"]}|{row["nationality"]}|{row["exploitation"]}";
}
