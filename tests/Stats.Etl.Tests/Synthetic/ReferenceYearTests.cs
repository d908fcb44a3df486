using Stats.Etl.Synthetic;

namespace Stats.Etl.Tests.Synthetic;

public sealed class ReferenceYearTests
{
    private static readonly FixedTimeProvider Clock = new(new DateTimeOffset(2026, 3, 15, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Current_year_is_generated_up_to_yesterday_only()
    {
        var directory = Directory.CreateTempSubdirectory("stats-gen-partial-").FullName;
        try
        {
            new DeliveryGenerator(Clock).Generate(new GenerationOptions(2026, 3, directory) { Persons = 60 });

            var count = new IndependentCount(directory, 2026);
            count.Victims.Should().NotBeEmpty();
            count.Victims.Max(v => v.RegisteredOn).Should().BeOnOrBefore(new DateOnly(2026, 3, 14));
            var json = File.ReadAllText(Path.Combine(directory, "clean/nrm_cases_2026.json"));
            json.Should().NotContain("2026-03-15").And.NotContain("2026-04-").And.NotContain("2026-12-");
        }
        finally
        {
            Directory.Delete(directory, true);
        }
    }

    [Fact]
    public void A_future_year_is_refused()
    {
        var act = () => new DeliveryGenerator(Clock).Generate(new GenerationOptions(2027, 1, Path.GetTempPath()));
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*current year*");
    }
}
