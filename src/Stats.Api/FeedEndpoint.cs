using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.OData;
using Microsoft.OData.UriParser;
using Stats.Warehouse.OData;

namespace Stats.Api;

/// <summary>
/// GET /odata/{Set} and /odata/{Set}/$count. Each page reads one row more than it delivers to know whether a next link
/// is due; the next link repeats the client's options and adds a $skiptoken pinned to the vintage (an offset token).
/// </summary>
internal sealed class FeedEndpoint(IServedModelSource source, ODataServeOptions options)
{
    public async Task FeedAsync(HttpContext context, string setName)
    {
        var ct = context.RequestAborted;
        var served = await source.CurrentAsync(ct).ConfigureAwait(false);
        var set = Find(served, setName);
        var request = ODataRequestOptions.From(context.Request.Query, options);
        var offset = Offset(request, served);
        var pageTop = Math.Min(options.PageSize, request.Top is { } top ? Math.Max(0, top - offset) : options.PageSize);
        var sql = ODataSqlTranslator.Translate(
            served.Model, set, new ODataQuery(request.Filter, request.OrderBy, request.Select, pageTop + 1, (request.Skip ?? 0) + offset, false), options.PageSize + 1);
        var count = request.Count ? ODataSqlTranslator.TranslateCount(served.Model, set, request.Filter) : null;
        var entitySet = ODataResponses.EntitySet(served, set.Name);

        List<ODataResource> rows;
        long? total = null;
        await using (var connection = await served.OpenConnectionAsync(ct).ConfigureAwait(false))
        {
            rows = await FeedReader.ReadAsync(connection, set, sql, ct).ConfigureAwait(false);
            if (count is not null)
            {
                total = await FeedReader.CountAsync(connection, count, ct).ConfigureAwait(false);
            }
        }

        var more = rows.Count > pageTop && (request.Top is null || offset + pageTop < request.Top);
        if (rows.Count > pageTop)
        {
            rows.RemoveRange((int)pageTop, rows.Count - (int)pageTop);
        }

        var root = ODataResponses.ServiceRoot(context.Request, options.RoutePrefix);
        var uri = new ODataUri
        {
            Path = new ODataPath(new EntitySetSegment(entitySet)),
            SelectAndExpand = request.Select is null ? null : SelectClause(served, entitySet, request.Select),
        };
        var feed = new ODataResourceSet
        {
            Count = total,
            NextPageLink = more ? NextLink(context.Request, root, set.Name, new SkipToken(served.VintageId, offset + pageTop)) : null,
        };
        var message = new BufferedResponseMessage();
        using (var writer = new ODataMessageWriter(message, ODataResponses.Settings(root, uri), served.Model))
        {
            var feedWriter = await writer.CreateODataResourceSetWriterAsync(entitySet, entitySet.EntityType).ConfigureAwait(false);
            await feedWriter.WriteStartAsync(feed).ConfigureAwait(false);
            foreach (var row in rows)
            {
                await feedWriter.WriteStartAsync(row).ConfigureAwait(false);
                await feedWriter.WriteEndAsync().ConfigureAwait(false);
            }

            await feedWriter.WriteEndAsync().ConfigureAwait(false);
        }

        await ODataResponses.SendAsync(context.Response, message).ConfigureAwait(false);
    }

    public async Task CountAsync(HttpContext context, string setName)
    {
        var ct = context.RequestAborted;
        var served = await source.CurrentAsync(ct).ConfigureAwait(false);
        var set = Find(served, setName);
        var request = ODataRequestOptions.From(context.Request.Query, options);
        var sql = ODataSqlTranslator.TranslateCount(served.Model, set, request.Filter);
        long count;
        await using (var connection = await served.OpenConnectionAsync(ct).ConfigureAwait(false))
        {
            count = await FeedReader.CountAsync(connection, sql, ct).ConfigureAwait(false);
        }

        context.Response.StatusCode = 200;
        context.Response.ContentType = "text/plain; charset=utf-8";
        context.Response.Headers["OData-Version"] = "4.0";
        await context.Response.WriteAsync(count.ToString(CultureInfo.InvariantCulture), ct).ConfigureAwait(false);
    }

    private static FlatEntitySet Find(ServedModel served, string name) =>
        served.FindSet(name) ?? throw new ODataHttpException(404, "NotFound", $"No entity set named '{name}'.");

    private static long Offset(ODataRequestOptions request, ServedModel served)
    {
        if (request.SkipToken is null)
        {
            return 0;
        }

        var token = SkipToken.Parse(request.SkipToken);
        if (!string.Equals(token.VintageId, served.VintageId, StringComparison.Ordinal))
        {
            throw new ODataHttpException(410, "VintageChanged",
                $"This next link belongs to vintage '{token.VintageId}'; the service now publishes '{served.VintageId}'. Start again from the first page.");
        }

        return token.Offset;
    }

    /// <summary>The translator has already validated $select; parsed again here only for the context URL (Set(A,B)).</summary>
    private static SelectExpandClause SelectClause(ServedModel served, Microsoft.OData.Edm.IEdmEntitySet entitySet, string select) =>
        new ODataQueryOptionParser(served.Model, entitySet.EntityType, entitySet, new Dictionary<string, string> { ["$select"] = select })
            .ParseSelectAndExpand();

    private static Uri NextLink(HttpRequest request, Uri root, string setName, SkipToken token)
    {
        var query = request.Query.Where(q => q.Key != "$skiptoken")
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))
            .Append(new KeyValuePair<string, string?>("$skiptoken", token.Format()));
        return new Uri(QueryHelpers.AddQueryString(new Uri(root, Uri.EscapeDataString(setName)).AbsoluteUri, query));
    }
}
