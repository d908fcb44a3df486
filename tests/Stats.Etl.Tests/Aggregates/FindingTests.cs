using Stats.Etl.Intake;

namespace Stats.Etl.Tests.Aggregates;

/// <summary>
/// The four consistency checks on hand-built tables: an inconsistent margin, quarters that do not add up to the
/// year, a negative count, and revisions between two deliveries for the same year; and each check set to refuse.
/// </summary>
public sealed class FindingTests : AggregateTestBase
{
    private const string ContractJson = """
        {
          "id": "findings-test",
          "source": { "code": "FND", "name": "Findings test source", "organisationType": "OTHER_GOV" },
          "shape": "aggregate",
          "format": { "type": "csv", "delimiter": ";" },
          "aggregate": {
            "indicator": "V01",
            "unit": "persons",
            "period": { "year": "Jahr", "quarter": "Quartal", "annual": ["Jahr"], "firstYear": 2015, "lastYear": 2035 },
            "dimensions": { "Geschlecht": { "dimension": "sex", "codes": { "w": "F", "m": "M", "x": "X", "gesamt": "_T" } } },
            "count": "Anzahl",
            "checks": { "margins": "MARGINS", "periods": "PERIODS", "negative": "NEGATIVE", "revision": { "action": "REVISION" } }
          }
        }
        """;

    // Year: total 130, but F 20 + M 120 + X -1 = 139; F's quarters 4 + 5 + 6 + 7 = 22, not 20; M's 4 × 30 = 120; X is negative.
    private const string First = """
        Jahr;Quartal;Geschlecht;Anzahl
        2024;Jahr;gesamt;130
        2024;Jahr;w;20
        2024;Jahr;m;120
        2024;Jahr;x;-1
        2024;Q1;w;4
        2024;Q2;w;5
        2024;Q3;w;6
        2024;Q4;w;7
        2024;Q1;m;30
        2024;Q2;m;30
        2024;Q3;m;30
        2024;Q4;m;30

        """;

    // The same year delivered again, now consistent: 28 + 120 + 0 = 148; 4 + 5 + 6 + 13 = 28; 36 + 24 + 30 + 30 = 120.
    // Revisions (threshold: change ≥ 5 and ≥ 25 % of the old value): F year 20 → 28 (8 ≥ 5) and F Q4 7 → 13 (6 ≥ 5)
    // are findings; the total 130 → 148 (18 < 32.5), M Q1 30 → 36 and Q2 30 → 24 (6 < 7.5) and X -1 → 0 (1 < 5) are not.
    private const string Second = """
        Jahr;Quartal;Geschlecht;Anzahl
        2024;Jahr;gesamt;148
        2024;Jahr;w;28
        2024;Jahr;m;120
        2024;Jahr;x;0
        2024;Q1;w;4
        2024;Q2;w;5
        2024;Q3;w;6
        2024;Q4;w;13
        2024;Q1;m;36
        2024;Q2;m;24
        2024;Q3;m;30
        2024;Q4;m;30

        """;

    private Stats.Etl.Contracts.SourceContract ContractWith(string refused = "") => Contract("findings-test", ContractJson
        .Replace("\"MARGINS\"", refused == "margins" ? "\"refuse\"" : "\"finding\"", StringComparison.Ordinal)
        .Replace("\"PERIODS\"", refused == "periods" ? "\"refuse\"" : "\"finding\"", StringComparison.Ordinal)
        .Replace("\"NEGATIVE\"", refused == "negative" ? "\"refuse\"" : "\"finding\"", StringComparison.Ordinal)
        .Replace("\"REVISION\"", refused == "revision" ? "\"refuse\"" : "\"finding\"", StringComparison.Ordinal));

    [Fact]
    public async Task Margin_period_and_negative_findings_are_recorded_with_the_batch()
    {
        var outcome = await LoadAsync(ContractWith(), Write("findings_2024_a.csv", First));

        AssertLoaded(outcome);
        outcome.Message.Should().Be("findings_2024_a.csv: loaded as batch 1: 12 cells read, 12 stored (0 censored, 0 missing), 3 findings (margin 1, period_sum 1, negative 1).");
        (await FindingsAsync(1)).Should().BeEquivalentTo(new[]
        {
            Finding("margin", "A", 2024, 0, "sex=_T", 130, 139, 1, "Anzahl"),
            Finding("negative", "A", 2024, 0, "sex=X", -1, null, 4, "Anzahl"),
            Finding("period_sum", "A", 2024, 0, "sex=F", 20, 22, 2, "Anzahl"),
        }, o => o.WithStrictOrdering());
        outcome.Findings.Select(f => f.Message).Should().Equal(
            "findings_2024_a.csv: row 1, column 'Anzahl': total 130 for sex=_T, 2024 but its 3 details over sex add up to 139.",
            "findings_2024_a.csv: row 2, column 'Anzahl': year 2024 states 20 for sex=F but its 4 quarters add up to 22.",
            "findings_2024_a.csv: row 4, column 'Anzahl': negative count -1 for sex=X, 2024.");
        (await RowsAsync("SELECT DISTINCT contract_id, message FROM meta_aggregate_finding WHERE check_code = 'negative'"))
            .Should().BeEquivalentTo(new[] { new[] { "findings-test", "findings_2024_a.csv: row 4, column 'Anzahl': negative count -1 for sex=X, 2024." } });
        (await CountAsync("SELECT count(*) FROM stg_aggregate_cell")).Should().Be(12, "findings do not keep a cell out");
    }

    [Fact]
    public async Task A_second_delivery_of_the_same_year_records_its_large_revisions()
    {
        AssertLoaded(await LoadAsync(ContractWith(), Write("findings_2024_a.csv", First)));

        var outcome = await LoadAsync(ContractWith(), Write("findings_2024_b.csv", Second));

        AssertLoaded(outcome);
        outcome.Message.Should().Be("findings_2024_b.csv: loaded as batch 2: 12 cells read, 12 stored (0 censored, 0 missing), 2 findings (revision 2).");
        (await FindingsAsync(2)).Should().BeEquivalentTo(new[]
        {
            Finding("revision", "A", 2024, 0, "sex=F", 28, 20, 2, "Anzahl"),
            Finding("revision", "Q", 2024, 4, "sex=F", 13, 7, 8, "Anzahl"),
        }, o => o.WithStrictOrdering());
        outcome.Findings[0].Message.Should().StartWith("findings_2024_b.csv: row 2, column 'Anzahl': sex=F, 2024 is now 28, was 20 in batch 1 (change +8;");
        outcome.Findings[1].Message.Should().StartWith("findings_2024_b.csv: row 8, column 'Anzahl': sex=F, 2024-Q4 is now 13, was 7 in batch 1 (change +6;");
        (await CountAsync("SELECT count(*) FROM meta_aggregate_finding WHERE load_batch_key = 1")).Should().Be(3, "the first batch keeps its own findings");
    }

    [Theory]
    [InlineData("margins", "inconsistent_margins", "row 1, column 'Anzahl': total 130 for sex=_T, 2024 but its 3 details over sex add up to 139.")]
    [InlineData("periods", "inconsistent_periods", "row 2, column 'Anzahl': year 2024 states 20 for sex=F but its 4 quarters add up to 22.")]
    [InlineData("negative", "negative_count", "row 4, column 'Anzahl': negative count -1 for sex=X, 2024.")]
    public async Task A_check_set_to_refuse_refuses_the_delivery_and_stores_nothing(string check, string reason, string finding)
    {
        var outcome = await LoadAsync(ContractWith(check), Write("findings_2024_a.csv", First));

        outcome.Status.Should().Be(IntakeStatus.Refused);
        outcome.RefusalReason.Should().Be(reason);
        outcome.Message.Should().StartWith($"findings_2024_a.csv: refused ({reason}): the contract refuses ").And.Contain("(1 finding): " + finding);
        outcome.Findings.Should().BeEmpty();
        (await StoredAsync()).Should().Be((0L, 0L, 0L, 0L));
    }

    [Fact]
    public async Task A_revision_set_to_refuse_refuses_the_second_delivery_and_keeps_the_first()
    {
        AssertLoaded(await LoadAsync(ContractWith(), Write("findings_2024_a.csv", First)));
        var before = await StoredAsync();

        var outcome = await LoadAsync(ContractWith("revision"), Write("findings_2024_b.csv", Second));

        outcome.Status.Should().Be(IntakeStatus.Refused);
        outcome.RefusalReason.Should().Be("large_revision");
        outcome.Message.Should().Contain("(2 findings): row 2, column 'Anzahl': sex=F, 2024 is now 28, was 20 in batch 1")
            .And.Contain("; row 8, column 'Anzahl': sex=F, 2024-Q4 is now 13, was 7 in batch 1");
        (await StoredAsync()).Should().Be(before);
    }
}
