using Stats.Core.Freshness;
using Stats.Etl.Contracts;

namespace Stats.Etl.Tests.Contracts;

public sealed class TimelinessContractTests : IDisposable
{
    private static readonly string Shipped = Path.Combine(AppContext.BaseDirectory, "contracts");
    private readonly string _dir = Directory.CreateTempSubdirectory("stats-timeliness-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string timeliness)
    {
        File.WriteAllText(Path.Combine(_dir, "test-source.json"), $$"""
            {
              "id": "test-source",
              "source": { "code": "TST", "name": "Test source", "organisationType": "POLICE" },
              "entity": "victim",
              "schedule": "0 0 6 * * ?",
              {{timeliness}}
              "format": { "type": "csv", "delimiter": ";" },
              "columns": {
                "key":    { "field": "linkage_key", "required": true },
                "date":   { "field": "registration_date", "required": true },
                "status": { "field": "victim_status" },
                "gender": { "field": "sex" }
              }
            }
            """);
        return "test-source";
    }

    [Theory]
    [InlineData("police-victims", 1, 2, 7)]
    [InlineData("police-suspects", 1, 2, 7)]
    [InlineData("prosecution-persons", 1, 2, 7)]
    [InlineData("socialcare-nrm", 1, 2, 7)]
    [InlineData("ngo-htcds", 7, 10, 21)]
    [InlineData("courts-decisions", 31, 35, 62)]
    public void Every_shipped_contract_has_a_timeliness_block_matching_its_schedule(string id, int expected, int late, int overdue)
    {
        var rule = new ContractRepository(Shipped).Get(id).Timeliness!.ToRule();

        rule.ExpectedEvery.Should().Be(TimeSpan.FromDays(expected));
        rule.LateAfter.Should().Be(TimeSpan.FromDays(late));
        rule.OverdueAfter.Should().Be(TimeSpan.FromDays(overdue));
    }

    [Fact]
    public void Mixed_units_add_up_and_the_rule_classifies()
    {
        var id = Write("""
            "timeliness": { "expectedEvery": "PT12H", "lateAfter": "P1DT6H", "overdueAfter": "P1W" },
            """);

        var rule = new ContractRepository(_dir).Get(id).Timeliness!.ToRule();

        rule.ExpectedEvery.Should().Be(TimeSpan.FromHours(12));
        rule.LateAfter.Should().Be(TimeSpan.FromHours(30));
        rule.OverdueAfter.Should().Be(TimeSpan.FromDays(7));
        var last = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
        rule.Classify(last, last.AddHours(30)).Should().Be(FreshnessStatus.Late);
    }

    [Fact]
    public void A_contract_without_timeliness_still_loads()
    {
        new ContractRepository(_dir).Get(Write(string.Empty)).Timeliness.Should().BeNull();
    }

    [Theory]
    [InlineData("\"P1M\"", "\"P2M\"", "\"P3M\"", "timeliness.expectedEvery*months and years*")]
    [InlineData("\"1 day\"", "\"P2D\"", "\"P7D\"", "timeliness.expectedEvery*'1 day'*")]
    [InlineData("\"P0D\"", "\"P2D\"", "\"P7D\"", "timeliness.expectedEvery*'P0D'*longer than zero*")]
    [InlineData("\"P1D\"", "\"PT\"", "\"P7D\"", "timeliness.lateAfter*'PT'*")]
    [InlineData("\"P1D\"", "\"P7D\"", "\"P7D\"", "timeliness.overdueAfter*'P7D'*longer than lateAfter*")]
    [InlineData("\"P1D\"", "\"P8D\"", "\"P7D\"", "timeliness.overdueAfter*")]
    [InlineData("\"P3D\"", "\"P2D\"", "\"P7D\"", "timeliness.lateAfter*shorter than expectedEvery*")]
    [InlineData("\"P1D\"", "\"P2D\"", "null", "timeliness.overdueAfter: missing*")]
    public void Unusable_durations_fail_when_the_contract_is_read_naming_the_key(string expected, string late, string overdue, string message)
    {
        var id = Write($$"""
            "timeliness": { "expectedEvery": {{expected}}, "lateAfter": {{late}}, "overdueAfter": {{overdue}} },
            """);

        var act = () => new ContractRepository(_dir).Get(id);

        act.Should().Throw<ContractException>().WithMessage("*test-source.json*" + message);
    }
}
