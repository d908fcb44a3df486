namespace Stats.Warehouse.Tests.OData;

/// <summary>Every aggregate and groupby/filter combination against LINQ over the fixture's rows.</summary>
public sealed class ApplyAggregateTests(ApplyFactTable table) : IClassFixture<ApplyFactTable>
{
    private static readonly IReadOnlyList<FactRow> Rows = ApplyFactTable.Rows;

    [Fact]
    public async Task Aggregate_without_groupby_gives_every_method_over_the_whole_table()
    {
        var result = await table.RunAsync(
            "aggregate($count as N,Amount with sum as S,Months with min as Lo,Months with max as Hi,Amount with average as Avg,Region with countdistinct as R,Months with sum as MS)");

        result.Columns.Select(c => c.Name).Should().Equal("N", "S", "Lo", "Hi", "Avg", "R", "MS");
        var row = result.Rows.Should().ContainSingle().Subject;
        row.ConfStatus.Should().Be("F");
        var v = row.Values;
        v[0].Should().Be((long)Rows.Count);
        ((double)v[1]!).Should().BeApproximately(Rows.Sum(r => r.Amount), 1e-9);
        v[2].Should().Be(Rows.Min(r => r.Months));
        v[3].Should().Be(Rows.Max(r => r.Months));
        ((double)v[4]!).Should().BeApproximately(Rows.Average(r => r.Amount), 1e-9);
        v[5].Should().Be(2L);
        v[6].Should().Be((long)Rows.Sum(r => r.Months ?? 0));
    }

    [Fact]
    public async Task Groupby_with_aggregates_after_a_filter_equals_linq_for_published_groups()
    {
        // Amount > 15 keeps persons 11–31: per year 8 of 18 and 21 of 31 persons, so 10 excluded from each year (≥ k).
        var result = await table.RunAsync("filter(Amount gt 15)/groupby((Year),aggregate($count as N,Amount with max as Top,Months with countdistinct as M))");

        var expected = Rows.Where(r => r.Amount > 15).GroupBy(r => r.Year).OrderBy(g => g.Key)
            .Select(g => new object?[] { g.Key, (long)g.Count(), g.Max(r => r.Amount), (long)g.Where(r => r.Months is not null).Select(r => r.Months).Distinct().Count() })
            .ToList();
        result.Rows.Select(r => r.Values.ToArray()).Should().BeEquivalentTo(expected, o => o.WithStrictOrdering());
        result.Rows.Should().HaveCount(2).And.OnlyContain(r => r.ConfStatus == "F");
    }

    [Fact]
    public async Task Groupby_without_aggregate_lists_distinct_values_and_two_filters_combine_with_and()
    {
        var result = await table.RunAsync("filter(Year eq 2025)/filter(Sex ne 'X')/groupby((Year,Sex))");

        result.Columns.Select(c => (c.Name, c.IsGroup)).Should().Equal(("Year", true), ("Sex", true));
        result.Rows.Select(r => ((int)r.Values[0]!, (string)r.Values[1]!)).Should().Equal((2025, "F"), (2025, "M"));
    }

    [Fact]
    public async Task Filter_with_functions_and_arithmetic_binds_like_filter()
    {
        var result = await table.RunAsync("filter(startswith(Region,'A') and Months add 1 gt 6)/aggregate($count as N,Amount with min as Lo)");

        var rows = Rows.Where(r => r.Region.StartsWith('A') && r.Months + 1 > 6).ToList();
        result.Rows.Single().Values.Should().Equal((long)rows.Count, rows.Min(r => r.Amount));
    }

    [Fact]
    public async Task A_filter_that_matches_nothing_gives_no_groups_and_a_zero_total()
    {
        (await table.RunAsync("filter(Year eq 1999)/groupby((Sex),aggregate($count as N))")).Rows.Should().BeEmpty();
        var total = await table.RunAsync("filter(Year eq 1999)/aggregate($count as N,Amount with sum as S)");
        total.Rows.Single().Values.Should().Equal(0L, null);
        total.Rows.Single().ConfStatus.Should().Be("F", "zero describes no person");
    }
}
