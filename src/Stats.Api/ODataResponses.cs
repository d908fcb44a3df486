using Microsoft.OData;
using Microsoft.OData.Edm;

namespace Stats.Api;

/// <summary>Writes OData JSON payloads with Microsoft.OData.Core's ODataMessageWriter (minimal metadata, OData 4.0).</summary>
internal static class ODataResponses
{
    public static ODataMessageWriterSettings Settings(Uri serviceRoot, ODataUri? uri = null)
    {
        var settings = new ODataMessageWriterSettings
        {
            Version = ODataVersion.V4,
            BaseUri = serviceRoot,
            ODataUri = uri ?? new ODataUri(),
            EnableMessageStreamDisposal = false,
        };
        settings.ODataUri.ServiceRoot = serviceRoot;
        settings.SetContentType(ODataFormat.Json);
        return settings;
    }

    public static async Task WriteServiceDocumentAsync(HttpResponse response, Uri serviceRoot, ServedModel served)
    {
        var document = new ODataServiceDocument
        {
            EntitySets = served.Sets.Where(s => s.Disclosure is null).Select(s => new ODataEntitySetInfo { Name = s.Name, Url = new Uri(s.Name, UriKind.Relative) }).ToList(),
        };
        var message = new BufferedResponseMessage();
        using (var writer = new ODataMessageWriter(message, Settings(serviceRoot), served.Model))
        {
            await writer.WriteServiceDocumentAsync(document).ConfigureAwait(false);
        }

        await SendAsync(response, message, served.VintageId).ConfigureAwait(false);
    }

    public static async Task WriteErrorAsync(HttpResponse response, Uri serviceRoot, int status, string code, string text)
    {
        var message = new BufferedResponseMessage { StatusCode = status };
        using (var writer = new ODataMessageWriter(message, Settings(serviceRoot)))
        {
            await writer.WriteErrorAsync(new ODataError { Code = code, Message = text }, includeDebugInformation: false).ConfigureAwait(false);
        }

        await SendAsync(response, message).ConfigureAwait(false);
    }

    /// <summary>Names the vintage a response was read from, so a client (and the tests) can tell which one it got.</summary>
    public const string VintageHeader = "X-Stats-Vintage";

    public static async Task SendAsync(HttpResponse response, BufferedResponseMessage message, string? vintageId = null)
    {
        response.StatusCode = message.StatusCode;
        if (vintageId is not null)
        {
            response.Headers[VintageHeader] = vintageId;
        }

        foreach (var (name, value) in message.Headers)
        {
            response.Headers[name] = value;
        }

        response.ContentLength = message.Body.Length;
        message.Body.Position = 0;
        await message.Body.CopyToAsync(response.Body, response.HttpContext.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>
    /// The service root of this request, e.g. http://host:port/base/odata/ or …/odata/vintage/3/ when the vintage came by
    /// route (with the trailing slash OData relative URLs need).
    /// </summary>
    public static Uri ServiceRoot(HttpContext context, string prefix)
    {
        var request = context.Request;
        var root = $"{request.Scheme}://{request.Host}{request.PathBase}/{prefix.Trim('/')}/";
        if (request.RouteValues.TryGetValue(ServedRequest.VintageParameter, out var routed) && routed is string vintage)
        {
            root += "vintage/" + Uri.EscapeDataString(vintage) + "/";
        }

        return new Uri(root, UriKind.Absolute);
    }

    public static IEdmEntitySet EntitySet(ServedModel served, string name) =>
        served.Model.EntityContainer.FindEntitySet(name)
        ?? throw new InvalidOperationException($"The model of vintage '{served.VintageId}' lacks its own set '{name}'.");
}
