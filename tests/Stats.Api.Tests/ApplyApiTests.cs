using System.Xml;
using Microsoft.OData;
using Microsoft.OData.Edm;
using Microsoft.OData.Edm.Csdl;

namespace Stats.Api.Tests;

/// <summary>$apply over HTTP: read back with ODataMessageReader against the served $metadata, values checked with LINQ.</summary>
public sealed class ApplyApiTests(ApplyApiServer server) : IClassFixture<ApplyApiServer>
{
    private const string Set = "Fact_VictimPersonYear";

    [Fact]
    public async Task Analyst_groupby_is_read_by_the_odata_reader_with_small_groups_suppressed()
    {
        var (context, rows) = await ReadAsync($"{Set}?$apply=filter(Year eq 2025)/groupby((SexCode),aggregate($count as N,Registrations with sum as R))");

        context.Should().EndWith($"$metadata#{Set}(SexCode,N,R)");
        var f = ApplyApiServer.Rows.Where(r => r.Year == 2025 && r.Sex == "F").ToList();
        rows.Select(r => (r["SexCode"], r["N"], r["R"], r["ConfStatus"])).Should().Equal(
            ("F", (long)f.Count, (long)f.Sum(r => r.Registrations), "F"),
            ("M", null, null, "D"),   // 7 persons: the cheapest partner of X
            ("X", null, null, "C"));  // 3 persons
    }

    [Fact]
    public async Task Analyst_aggregate_without_groupby_gives_the_total()
    {
        var (_, rows) = await ReadAsync($"{Set}?$apply=aggregate($count as N,Registrations with max as Hi,Year with min as First,Registrations with average as Avg)");

        rows.Should().ContainSingle();
        rows[0]["N"].Should().Be((long)ApplyApiServer.Rows.Count);
        rows[0]["Hi"].Should().Be(ApplyApiServer.Rows.Max(r => r.Registrations));
        rows[0]["First"].Should().Be(2024);
        ((double)rows[0]["Avg"]!).Should().BeApproximately(ApplyApiServer.Rows.Average(r => r.Registrations), 1e-9);
    }

    [Fact]
    public async Task Anonymous_callers_cannot_see_fact_sets()
    {
        using var response = await server.GetAsync($"{Set}?$apply=aggregate($count as N)", analyst: false);
        ((int)response.StatusCode).Should().Be(401);
        (await response.Content.ReadAsStringAsync()).Should().Contain("\"error\"");
    }

    [Theory]
    [InlineData("$apply=groupby(SexCode)", 400)]
    [InlineData("$apply=groupby((PersonKey))", 400)]
    [InlineData("$apply=aggregate(SexCode with sum as S)", 400)]
    [InlineData("$apply=aggregate($count as N)&$apply=aggregate($count as M)", 400)]
    [InlineData("$apply=groupby((SexCode,Year,RegionCode,AgeGroupCode,AgeBandCode,MainFormCode))", 400)]
    [InlineData("$apply=aggregate($count as N)&$bogus=1", 400)]
    [InlineData("$apply=compute(Registrations mul 2 as D)/aggregate(D with sum as S)", 501)]
    [InlineData("$apply=groupby((SexCode),aggregate($count as N))/filter(N gt 1)", 501)]
    [InlineData("$apply=topcount(2,Registrations)", 501)]
    [InlineData("$apply=filter(Year eq 2025)", 501)]
    [InlineData("$apply=groupby((SexCode))&$top=1", 501)]
    [InlineData("$apply=groupby((SexCode))&$filter=SexCode eq 'F'", 501)]
    public async Task Bad_or_unsupported_apply_answers_an_odata_error_never_500(string query, int status)
    {
        using var response = await server.GetAsync($"{Set}?{query}");
        var body = await response.Content.ReadAsStringAsync();
        ((int)response.StatusCode).Should().Be(status, body);
        body.Should().Contain("\"error\"");
    }

    [Fact]
    public async Task Count_segment_with_apply_stays_not_implemented()
    {
        using var response = await server.GetAsync($"{Set}/$count?$apply=aggregate($count as N)");
        ((int)response.StatusCode).Should().Be(501);
    }

    [Theory]
    [InlineData("")]
    [InlineData("?$filter=Year eq 2025 and SexCode eq 'X'")]
    [InlineData("/$count?$filter=SexCode eq 'X'")]
    public async Task Fact_rows_and_counts_are_refused_even_to_analysts_because_they_would_bypass_suppression(string query)
    {
        using var response = await server.GetAsync(Set + query);
        var body = await response.Content.ReadAsStringAsync();
        ((int)response.StatusCode).Should().Be(403, body);
        body.Should().Contain("AggregateOnly").And.Contain("$apply");
    }

    [Fact]
    public async Task Fact_sets_are_in_the_metadata_but_not_in_the_service_document_so_navigators_do_not_offer_them()
    {
        var model = await ModelAsync();
        model.EntityContainer.FindEntitySet(Set).Should().NotBeNull("$apply binds against the $metadata");
        using var document = await server.GetAsync("");
        ((int)document.StatusCode).Should().Be(200);
        (await document.Content.ReadAsStringAsync()).Should().Contain("\"value\"").And.NotContain(Set);
    }

    [Fact]
    public async Task The_fact_set_publishes_no_linkage_key()
    {
        var model = await ModelAsync();
        var type = model.EntityContainer.FindEntitySet(Set).EntityType;
        type.StructuralProperties().Select(p => p.Name).Should().NotContain(n =>
            n.Contains("Person", StringComparison.Ordinal) || n.Contains("Batch", StringComparison.Ordinal) || n.Contains("Date", StringComparison.Ordinal)
            || n.Contains("Record", StringComparison.Ordinal) || n == "AgeYears" || n == "CountryCode" || n.StartsWith("__", StringComparison.Ordinal));
        type.StructuralProperties().Select(p => p.Name).Should().Contain(["RowNo", "Year", "Month", "SexCode", "AgeGroupCode", "CitizenshipGroupCode", "MainFormCode", "RegionCode"]);
    }

    /// <summary>
    /// Dynamic properties without a type annotation (the ConfStatus string, null aggregates) come back untyped: a string
    /// literal or null as raw JSON, which a client reads as such; typed aliases come back typed (Int64, Double…).
    /// </summary>
    private static object? Untyped(object? value) => value is ODataUntypedValue u
        ? System.Text.Json.JsonSerializer.Deserialize<string?>(u.RawValue)
        : value;

    private async Task<IEdmModel> ModelAsync()
    {
        using var response = await server.GetAsync("$metadata");
        response.EnsureSuccessStatusCode();
        using var xml = XmlReader.Create(await response.Content.ReadAsStreamAsync());
        CsdlReader.TryParse(xml, out var model, out var errors).Should().BeTrue(string.Join("; ", errors?.Select(e => e.ErrorMessage) ?? []));
        return model;
    }

    private async Task<(string Context, List<Dictionary<string, object?>> Rows)> ReadAsync(string relative)
    {
        var model = await ModelAsync();
        using var response = await server.GetAsync(relative);
        var text = await response.Content.ReadAsStringAsync();
        ((int)response.StatusCode).Should().Be(200, text);
        response.Headers.GetValues("OData-Version").Should().Equal("4.0");
        var context = System.Text.Json.JsonDocument.Parse(text).RootElement.GetProperty("@odata.context").GetString()!;
        var message = await ClientResponseMessage.FromAsync(response);
        var set = model.EntityContainer.FindEntitySet(Set);
        var settings = new ODataMessageReaderSettings { BaseUri = server.Root };
        settings.Validations &= ~ValidationKinds.ThrowOnUndeclaredPropertyForNonOpenType;
        using var reader = new ODataMessageReader((IODataResponseMessageAsync)message, settings, model);
        var feed = await reader.CreateODataResourceSetReaderAsync(set, set.EntityType);
        var rows = new List<Dictionary<string, object?>>();
        while (await feed.ReadAsync())
        {
            if (feed.State == ODataReaderState.ResourceEnd)
            {
                rows.Add(((ODataResource)feed.Item).Properties.OfType<ODataProperty>().ToDictionary(p => p.Name, p => Untyped(p.Value)));
            }
        }

        return (Uri.UnescapeDataString(context), rows);
    }
}
