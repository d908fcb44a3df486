using System.Globalization;
using System.Xml;
using Microsoft.OData;
using Microsoft.OData.Edm;
using Microsoft.OData.Edm.Csdl;

namespace Stats.Api.Tests;

/// <summary>
/// Reads the service as a client would: the model from the served CSDL $metadata (CsdlReader), every feed page with
/// ODataMessageReader against that model (which checks the context URL and the property types), next links followed.
/// </summary>
internal sealed class ODataClient(ApiServer server)
{
    public sealed record Page(IReadOnlyList<Dictionary<string, object?>> Rows, Uri? NextLink, long? Count);

    public async Task<IEdmModel> ModelAsync()
    {
        using var response = await server.GetAsync("$metadata");
        response.EnsureSuccessStatusCode();
        using var xml = XmlReader.Create(await response.Content.ReadAsStreamAsync());
        CsdlReader.TryParse(xml, out var model, out var errors).Should().BeTrue(string.Join("; ", errors?.Select(e => e.ErrorMessage) ?? []));
        return model;
    }

    public async Task<Page> PageAsync(IEdmModel model, Uri url)
    {
        using var response = await server.Client.GetAsync(url);
        ((int)response.StatusCode).Should().Be(200, await response.Content.ReadAsStringAsync());
        response.Headers.GetValues("OData-Version").Should().Equal("4.0");
        var message = await ClientResponseMessage.FromAsync(response);
        var set = model.EntityContainer.FindEntitySet(ApiServer.Set.Name);
        using var reader = new ODataMessageReader((IODataResponseMessageAsync)message, new ODataMessageReaderSettings { BaseUri = server.Root }, model);
        var feed = await reader.CreateODataResourceSetReaderAsync(set, set.EntityType);
        var rows = new List<Dictionary<string, object?>>();
        ODataResourceSet? resourceSet = null;
        while (await feed.ReadAsync())
        {
            if (feed.State == ODataReaderState.ResourceEnd)
            {
                rows.Add(((ODataResource)feed.Item).Properties.OfType<ODataProperty>().ToDictionary(p => p.Name, p => Normalise(p.Value)));
            }
            else if (feed.State == ODataReaderState.ResourceSetEnd)
            {
                resourceSet = (ODataResourceSet)feed.Item;
            }
        }

        resourceSet.Should().NotBeNull();
        return new Page(rows, resourceSet!.NextPageLink, resourceSet.Count);
    }

    /// <summary>Follows next links to the end; returns every row and the number of pages.</summary>
    public async Task<(List<Dictionary<string, object?>> Rows, int Pages, long? Count)> AllAsync(IEdmModel model, string relative)
    {
        var rows = new List<Dictionary<string, object?>>();
        var pages = 0;
        long? count = null;
        for (Uri? url = new(server.Root, relative); url is not null; pages++)
        {
            pages.Should().BeLessThan(100, "paging must terminate");
            var page = await PageAsync(model, url);
            rows.AddRange(page.Rows);
            count ??= page.Count;
            url = page.NextLink;
        }

        return (rows, pages, count);
    }

    /// <summary>Dates come back as Microsoft.OData.Edm.Date: compared as ISO text.</summary>
    private static object? Normalise(object? value) => value switch
    {
        null => null,
        long or int or double or bool or string => value,
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };
}
