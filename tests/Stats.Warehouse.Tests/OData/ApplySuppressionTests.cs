using Stats.Core.Disclosure;
using Stats.Warehouse.OData.Apply;

namespace Stats.Warehouse.Tests.OData;

/// <summary>Disclosure control of $apply results, with the suppressed cells worked out by hand from the fixture.</summary>
public sealed class ApplySuppressionTests(ApplyFactTable table) : IClassFixture<ApplyFactTable>
{
    [Fact]
    public async Task A_group_of_three_persons_is_null_and_its_cheapest_partner_too()
    {
        // 2025: F 20 persons, M 8, X 3. X is primary; F + M + X = the 2025 total (answerable), so one more group must go:
        // the cheapest (fewest persons) is M. F stays published with its true row count.
        var result = await table.RunAsync("filter(Year eq 2025)/groupby((Sex),aggregate($count as N,Amount with sum as S))");

        var bySex = result.Rows.ToDictionary(r => (string)r.Values[0]!);
        bySex.Keys.Should().BeEquivalentTo(["F", "M", "X"]);
        bySex["X"].Status.Should().Be(ConfidentialityStatus.Primary);
        bySex["M"].Status.Should().Be(ConfidentialityStatus.Secondary);
        bySex["X"].Values.Skip(1).Should().OnlyContain(v => v == null, "suppressed aggregates are null, never 0");
        bySex["M"].Values.Skip(1).Should().OnlyContain(v => v == null);
        bySex["F"].ConfStatus.Should().Be("F");
        bySex["F"].Values[1].Should().Be((long)ApplyFactTable.Rows.Count(r => r.Year == 2025 && r.Sex == "F"));
    }

    [Fact]
    public async Task Without_a_filter_year_by_sex_hides_the_small_cell_and_the_smallest_other_cell()
    {
        // Groups (persons): 2024 F 12, 2024 M 6, 2025 F 20, 2025 M 8, 2025 X 3 → X primary, 2024 M (cost 7) secondary.
        var result = await table.RunAsync("groupby((Year,Sex),aggregate($count as N))");

        result.Rows.Select(r => ((int)r.Values[0]!, (string)r.Values[1]!, r.ConfStatus)).Should().Equal(
            (2024, "F", "F"), (2024, "M", "D"), (2025, "F", "F"), (2025, "M", "F"), (2025, "X", "C"));
    }

    [Fact]
    public async Task A_filter_that_excludes_two_persons_of_a_group_hides_that_group()
    {
        // Sex F over all rows: persons 1–20. Region A in 2025 excludes persons 5 and 10 (region B): F unfiltered 20 persons
        // minus F filtered 18 would reveal 2 persons, so F is suppressed although it has 18 persons; X (3) is primary, and
        // M is hidden as it is in the unfiltered grouping (which hides M to protect X).
        var result = await table.RunAsync("filter(Region eq 'A' and Year eq 2025)/groupby((Sex),aggregate($count as N))");

        result.Rows.Should().HaveCount(3).And.OnlyContain(r => r.ConfStatus != "F" && r.Values[1] == null);

        // The same grouping without the region filter excludes nobody from F and publishes it.
        var unfiltered = await table.RunAsync("filter(Year eq 2025)/groupby((Sex),aggregate($count as N))");
        unfiltered.Rows.Single(r => (string)r.Values[0]! == "F").ConfStatus.Should().Be("F");
    }

    [Fact]
    public async Task A_filtered_total_that_excludes_few_persons_is_suppressed()
    {
        // All persons: 31. Not region B excludes persons 5 and 10 only when restricted to 2025 rows … but they have 2024 rows
        // in A. Restricting to 2025 and region A leaves 29 of 31 persons: 31 − 29 = 2 would follow.
        var result = await table.RunAsync("filter(Region eq 'A' and Year eq 2025)/aggregate($count as N)");
        result.Rows.Single().Values.Should().Equal([null]);

        // Excluding 2025 entirely leaves 18 of 31 persons (13 excluded): published.
        var year = await table.RunAsync("filter(Year eq 2024)/aggregate($count as N)");
        year.Rows.Single().Values.Should().Equal(18L);
    }

    [Theory]
    [InlineData("filter(Year eq 2025 and Sex ne 'X')/aggregate($count as N)")]
    [InlineData("filter(Year eq 2025)/filter(Sex ne 'X')/aggregate($count as N)")]
    [InlineData("filter(not(Year ne 2025 or Sex eq 'X'))/aggregate($count as N)")]
    public async Task Narrowing_a_published_query_by_one_condition_that_removes_three_persons_is_suppressed(string apply)
    {
        // 2025 has 31 persons (published: 13 are excluded from the whole table); without sex X it has 28: 31 − 28 = 3.
        (await table.RunAsync("filter(Year eq 2025)/aggregate($count as N)")).Rows.Single().ConfStatus.Should().Be("F");
        var result = await table.RunAsync(apply);
        result.Rows.Single().Values.Should().Equal([null]);
    }

    [Fact]
    public void Protection_keeps_a_lone_small_group_from_being_derived_from_the_total()
    {
        // Unfiltered groups of 40, 30 and 2 persons: 2 primary, 30 secondary (cheapest), 40 published.
        var statuses = ApplyProtection.Protect([new(40, 40), new(30, 30), new(2, 2)], filtered: false, grouped: true, k: 5);
        statuses.Should().Equal(ConfidentialityStatus.Free, ConfidentialityStatus.Secondary, ConfidentialityStatus.Primary);

        // A single total of 4 persons is primary; of 0 persons free.
        ApplyProtection.Protect([new(4, 4)], false, false, 5).Should().Equal(ConfidentialityStatus.Primary);
        ApplyProtection.Protect([new(0, 9)], true, false, 5).Should().Equal(ConfidentialityStatus.Free);
    }
}
