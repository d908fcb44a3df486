namespace Stats.Api.Tests;

public sealed class ApiFeedTests(ApiServer server) : IClassFixture<ApiServer>
{
    private readonly ODataClient client = new(server);

    [Fact]
    public async Task Filter_orderby_select_equal_the_rows_computed_in_the_test()
    {
        var model = await client.ModelAsync();
        var (rows, pages, _) = await client.AllAsync(model, "CaseFigures?$filter=Year ge 2020 and Rate gt 3&$orderby=Cases desc&$select=Id,Cases,Rate");

        var expected = CaseRow.All.Where(r => r.Year >= 2020 && r.Rate is > 3)
            .OrderByDescending(r => r.Cases).ThenBy(r => r.Id)
            .Select(r => (r.Id, r.Cases, r.Rate!.Value)).ToList();
        expected.Count.Should().BeGreaterThan(ApiServer.PageSize, "the answer must span pages");
        rows.Should().OnlyContain(r => r.Keys.Order().SequenceEqual(new[] { "Cases", "Id", "Rate" }));
        rows.Select(r => ((long)r["Id"]!, (long)r["Cases"]!, (double)r["Rate"]!)).Should().Equal(expected);
        pages.Should().Be((expected.Count + ApiServer.PageSize - 1) / ApiServer.PageSize);
    }

    [Fact]
    public async Task Pages_concatenated_equal_the_whole_table_in_order_without_duplicates()
    {
        var model = await client.ModelAsync();
        var (rows, pages, _) = await client.AllAsync(model, "CaseFigures?$orderby=Region,Year");

        // OData orders null first ascending; DuckDB's default collation is binary, hence ordinal; the key breaks ties.
        var expected = CaseRow.All.OrderBy(r => r.Region is null ? 0 : 1).ThenBy(r => r.Region, StringComparer.Ordinal)
            .ThenBy(r => r.Year).ThenBy(r => r.Id).ToList();
        pages.Should().Be(5); // 30 rows at 7 a page: 7+7+7+7+2
        rows.Select(r => (long)r["Id"]!).Should().OnlyHaveUniqueItems().And.Equal(expected.Select(r => r.Id));
        rows.Select(r => (r["Region"] as string, (int)r["Year"]!, (long)r["Cases"]!, r["Rate"] as double?, (string)r["Reported"]!, (bool)r["Flag"]!))
            .Should().Equal(expected.Select(r => (r.Region, r.Year, r.Cases, r.Rate, r.ReportedText, r.Flag)));
    }

    [Theory]
    [InlineData(10, null, 2)]
    [InlineData(10, 5, 2)]
    [InlineData(7, 25, 1)]
    [InlineData(0, null, 1)]
    public async Task Top_and_skip_are_honoured_across_server_pages(int top, int? skip, int expectedPages)
    {
        var model = await client.ModelAsync();
        var url = $"CaseFigures?$orderby=Cases&$top={top}" + (skip is null ? "" : $"&$skip={skip}");
        var (rows, pages, _) = await client.AllAsync(model, url);

        var expected = CaseRow.All.OrderBy(r => r.Cases).ThenBy(r => r.Id).Skip(skip ?? 0).Take(top).Select(r => r.Id);
        rows.Select(r => (long)r["Id"]!).Should().Equal(expected);
        pages.Should().Be(expectedPages);
    }

    [Fact]
    public async Task Count_option_and_count_segment_give_the_filtered_total()
    {
        var expected = CaseRow.All.Count(r => r.Region == "North" || r.Flag);
        expected.Should().BeGreaterThan(ApiServer.PageSize);

        var model = await client.ModelAsync();
        var first = await client.PageAsync(model, new Uri(server.Root, "CaseFigures?$filter=Region eq 'North' or Flag&$count=true&$top=3"));
        first.Count.Should().Be(expected, "$count ignores $top");
        first.Rows.Should().HaveCount(3);

        using var response = await server.GetAsync("CaseFigures/$count?$filter=Region eq 'North' or Flag");
        ((int)response.StatusCode).Should().Be(200);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/plain");
        response.Headers.GetValues("OData-Version").Should().Equal("4.0");
        (await response.Content.ReadAsStringAsync()).Should().Be(expected.ToString(System.Globalization.CultureInfo.InvariantCulture));

        using var all = await server.GetAsync("CaseFigures/$count");
        (await all.Content.ReadAsStringAsync()).Should().Be("30");
    }

    [Fact]
    public async Task Next_links_carry_a_keyset_token_pinned_to_the_vintage_and_work_under_the_vintage_route()
    {
        var model = await client.ModelAsync();
        var first = await client.PageAsync(model, new Uri(server.Root, "CaseFigures?$filter=Year ge 2019&api_key=k-123"));
        first.NextLink.Should().NotBeNull();
        first.NextLink!.Query.Should().NotContain("api_key", "a key given in the URL must not travel on in next links");
        var token = SkipToken.Parse(System.Web.HttpUtility.ParseQueryString(first.NextLink.Query)["$skiptoken"]!);
        token.VintageId.Should().Be(ApiServer.Vintage);
        token.Delivered.Should().Be(ApiServer.PageSize);
        token.After.Should().Equal([first.Rows[^1]["Id"]], "the default order is the key, and the token holds the last row's key");

        var routed = await client.AllAsync(model, new Uri(server.Root, $"vintage/{ApiServer.Vintage}/CaseFigures?$filter=Year ge 2019").ToString());
        routed.Rows.Select(r => (long)r["Id"]!).Should().Equal(CaseRow.All.Where(r => r.Year >= 2019).Select(r => r.Id).Order());
    }
}
