using System.Diagnostics;
using Microsoft.OData.Edm;
using Stats.Api;
using Stats.Warehouse.OData;
using Stats.Warehouse.Vintages;

namespace Stats.EndToEnd.Tests;

/// <summary>
/// Issue 4: the feed of a demo warehouse read as a real client reads it — $metadata parsed by CsdlReader and validated
/// against the OASIS CSDL XML schema with xmllint, every set's pages read by ODataMessageReader against that metadata.
/// </summary>
public sealed class Issue4ClientTests(Issue4DemoServer server) : IClassFixture<Issue4DemoServer>
{
    [ExternalFact("STATS_TEST_XMLLINT", "STATS_TEST_CSDL_SCHEMAS")]
    public async Task Issue_4_metadata_of_every_role_is_valid_against_the_OASIS_CSDL_schema()
    {
        var xmllint = ExternalFactAttribute.Required("STATS_TEST_XMLLINT");
        var schema = Path.Combine(ExternalFactAttribute.Required("STATS_TEST_CSDL_SCHEMAS"), "edmx.xsd");
        var documents = new Dictionary<string, byte[]>
        {
            ["served"] = await server.Http.GetByteArrayAsync(new Uri("$metadata", UriKind.Relative)),
        };
        var store = new VintageStore(server.Options);
        await using (var snapshot = await store.OpenReadOnlyAsync(store.Current()!, CancellationToken.None))
        {
            foreach (var role in Enum.GetValues<ODataRole>())
            {
                var model = FlatModel.Build(await PublishedSets.ReadAsync(snapshot, role, CancellationToken.None));
                documents[role.ToString()] = new MetadataDocumentCache().Get(model);
            }
        }

        foreach (var (name, document) in documents)
        {
            var file = Path.Combine(server.DataPath, $"metadata-{name}.xml");
            await File.WriteAllBytesAsync(file, document);
            var (exit, output) = await RunAsync(xmllint, "--noout", "--schema", schema, file);
            exit.Should().Be(0, $"the {name} $metadata must validate against edmx.xsd: {output}");
        }
    }

    [Fact]
    public async Task Issue_4_every_public_set_is_read_by_the_OData_client_against_the_served_metadata()
    {
        var client = new ODataFeedClient(server.Http);
        var model = await client.ModelAsync();
        var sets = model.EntityContainer.EntitySets().Select(s => s.Name).ToList();
        sets.Should().Contain(["Indicators", "Dimensions", "Codes", "Vintage", "SourceFreshness", "Indicator_V04", "Indicator_Q01"])
            .And.NotContain("LoadBatches", "the public role does not see the delivery lineage");

        foreach (var set in sets)
        {
            var page = await client.PageAsync(model, set, new Uri(server.Http.BaseAddress!, set).ToString());
            page.Rows.Should().NotBeEmpty($"{set} has rows in the demo");
            var properties = model.EntityContainer.FindEntitySet(set).EntityType.StructuralProperties().Select(p => p.Name);
            page.Rows.Should().OnlyContain(r => properties.All(r.ContainsKey), $"every {set} row carries every property");
            page.Vintage.Should().Be("1");
        }
    }

    [Fact]
    public async Task Issue_4_every_admin_set_is_read_by_the_OData_client_and_analyst_values_are_unprotected()
    {
        var client = new ODataFeedClient(server.Admin);
        var model = await client.ModelAsync();
        var readable = model.EntityContainer.EntitySets().Where(s => !s.Name.StartsWith("Fact_", StringComparison.Ordinal)).Select(s => s.Name).ToList();
        readable.Should().Contain(["LoadBatches", "Indicator_V04"]);
        foreach (var set in readable)
        {
            var page = await client.PageAsync(model, set, new Uri(server.Admin.BaseAddress!, set).ToString());
            page.Rows.Should().NotBeEmpty($"{set} has rows in the demo");
        }

        // The unprotected V04 total by sex equals the generator's ground truth of the demo (seed 42, 2025): F 171, M 100, X 3, UNK 5.
        var bySex = await client.PageAsync(model, "Indicator_V04", "Indicator_V04?$filter=Frequency eq 'A' and Year eq 2025 and Sex ne '_T' and AgeGroup eq '_T'"
            + " and Citizenship eq '_T' and FormMain eq '_T' and FormAny eq '_T' and Organisation eq '_T' and Region eq '_T' and TraffickingType eq '_T'&$select=Sex,Value,Contributors");
        bySex.Rows.ToDictionary(r => (string)r["Sex"]!, r => (double?)r["Value"]).Should().BeEquivalentTo(
            new Dictionary<string, double?> { ["F"] = 171, ["M"] = 100, ["X"] = 3, ["UNK"] = 5 });
    }

    private static async Task<(int Exit, string Output)> RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = await process.StandardError.ReadToEndAsync() + await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, output);
    }
}
