using System.Xml;
using Microsoft.OData;
using Microsoft.OData.Edm;
using Microsoft.OData.Edm.Csdl;

namespace Stats.EndToEnd.Tests;

/// <summary>
/// Reads the feed as Excel and Power BI's connector would, with Microsoft.OData.Core: the model from the served CSDL XML
/// (CsdlReader), each page with ODataMessageReader against that model, which checks the context URL and every value's
/// type. A page answers its rows, its next link and the vintage header it was read from.
/// </summary>
internal sealed class ODataFeedClient(HttpClient http)
{
    public sealed record Page(List<Dictionary<string, object?>> Rows, Uri? NextLink, string Vintage);

    public async Task<IEdmModel> ModelAsync(string relative = "$metadata")
    {
        using var response = await http.GetAsync(new Uri(relative, UriKind.Relative));
        ((int)response.StatusCode).Should().Be(200, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/xml");
        using var xml = XmlReader.Create(await response.Content.ReadAsStreamAsync());
        CsdlReader.TryParse(xml, out var model, out var errors).Should().BeTrue(string.Join("; ", errors?.Select(e => e.ErrorMessage) ?? []));
        return model;
    }

    /// <summary>Every row of an entity set, following next links (the set must answer 200 on every page).</summary>
    public async Task<List<Dictionary<string, object?>>> AllRowsAsync(string setName)
    {
        var model = await ModelAsync();
        var rows = new List<Dictionary<string, object?>>();
        string? url = setName;
        while (url is not null)
        {
            var page = await PageAsync(model, setName, url);
            rows.AddRange(page.Rows);
            url = page.NextLink?.ToString();
        }

        return rows;
    }

    public async Task<Page> PageAsync(IEdmModel model, string setName, string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.RelativeOrAbsolute));
        request.Headers.Add("OData-MaxVersion", "4.0");
        request.Headers.Add("Accept", "application/json;odata.metadata=minimal");
        using var response = await http.SendAsync(request);
        ((int)response.StatusCode).Should().Be(200, await response.Content.ReadAsStringAsync());
        response.Headers.GetValues("OData-Version").Should().Equal("4.0");
        var body = await response.Content.ReadAsByteArrayAsync();
        var headers = response.Headers.Concat(response.Content.Headers).Select(h => new KeyValuePair<string, string>(h.Key, string.Join(", ", h.Value)));
        var message = new ResponseMessage(headers, body);
        var set = model.EntityContainer.FindEntitySet(setName);
        using var reader = new ODataMessageReader((IODataResponseMessageAsync)message, new ODataMessageReaderSettings { BaseUri = http.BaseAddress }, model);
        var feed = await reader.CreateODataResourceSetReaderAsync(set, set.EntityType);
        var rows = new List<Dictionary<string, object?>>();
        Uri? next = null;
        while (await feed.ReadAsync())
        {
            if (feed.State == ODataReaderState.ResourceEnd)
            {
                rows.Add(((ODataResource)feed.Item).Properties.OfType<ODataProperty>().ToDictionary(p => p.Name, p => (object?)p.Value));
            }
            else if (feed.State == ODataReaderState.ResourceSetEnd)
            {
                next = ((ODataResourceSet)feed.Item).NextPageLink;
            }
        }

        return new Page(rows, next, response.Headers.GetValues("X-Stats-Vintage").Single());
    }

    private sealed class ResponseMessage(IEnumerable<KeyValuePair<string, string>> headers, byte[] body) : IODataResponseMessageAsync
    {
        private readonly Dictionary<string, string> _headers = headers.ToDictionary(h => h.Key, h => h.Value, StringComparer.OrdinalIgnoreCase);

        public IEnumerable<KeyValuePair<string, string>> Headers => _headers;

        public int StatusCode { get; set; } = 200;

        public string? GetHeader(string headerName) => _headers.TryGetValue(headerName, out var value) ? value : null;

        public void SetHeader(string headerName, string headerValue) => _headers[headerName] = headerValue;

        public Stream GetStream() => new MemoryStream(body, writable: false);

        public Task<Stream> GetStreamAsync() => Task.FromResult(GetStream());
    }
}
