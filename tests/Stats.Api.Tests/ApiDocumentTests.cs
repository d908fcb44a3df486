using System.Text.Json;
using Microsoft.OData;
using Microsoft.OData.Edm;

namespace Stats.Api.Tests;

public sealed class ApiDocumentTests(ApiServer server) : IClassFixture<ApiServer>
{
    [Fact]
    public async Task Service_document_lists_the_set_with_a_context_url_and_one_odata_version_header()
    {
        using var response = await server.GetAsync("");
        ((int)response.StatusCode).Should().Be(200);
        response.Headers.GetValues("OData-Version").Should().Equal("4.0");
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        response.Content.Headers.ContentType.Parameters.Should().Contain(p => p.Name == "odata.metadata" && p.Value == "minimal");

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        json.RootElement.GetProperty("@odata.context").GetString().Should().Be(new Uri(server.Root, "$metadata").AbsoluteUri);
        var set = json.RootElement.GetProperty("value").EnumerateArray().Should().ContainSingle().Subject;
        set.GetProperty("name").GetString().Should().Be("CaseFigures");
        set.GetProperty("url").GetString().Should().Be("CaseFigures");

        // Read again as a client library would.
        var model = await new ODataClient(server).ModelAsync();
        using var again = await server.GetAsync("");
        var message = await ClientResponseMessage.FromAsync(again);
        using var reader = new ODataMessageReader((IODataResponseMessageAsync)message, new ODataMessageReaderSettings { BaseUri = server.Root }, model);
        var document = await reader.ReadServiceDocumentAsync();
        document.EntitySets.Select(s => s.Name).Should().Equal("CaseFigures");
    }

    [Fact]
    public async Task Metadata_is_csdl_xml_that_parses_back_to_the_published_types()
    {
        using var response = await server.GetAsync("$metadata");
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/xml");
        response.Headers.GetValues("OData-Version").Should().Equal("4.0");
        (await response.Content.ReadAsStringAsync()).Should().StartWith("<?xml").And.Contain("edmx:Edmx");

        var model = await new ODataClient(server).ModelAsync();
        var type = model.EntityContainer.FindEntitySet("CaseFigures").EntityType;
        type.Key().Select(k => k.Name).Should().Equal("Id");
        type.StructuralProperties().Select(p => (p.Name, p.Type.FullName(), p.Type.IsNullable)).Should().Equal(
            ("Id", "Edm.Int64", false),
            ("Region", "Edm.String", true),
            ("Year", "Edm.Int32", false),
            ("Cases", "Edm.Int64", false),
            ("Rate", "Edm.Double", true),
            ("Reported", "Edm.Date", false),
            ("Flag", "Edm.Boolean", false));
    }
}
