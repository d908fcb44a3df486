using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.OData;
using Microsoft.OData.UriParser;
using Stats.Warehouse.OData;

namespace Stats.Api;

/// <summary>
/// GET /odata/{Set} and /odata/{Set}/$count. A page reads the page size in rows and then one more to know whether a next
/// link is due; the next link repeats the client's options (without api_key) and adds a keyset $skiptoken pinned to the
/// vintage the first page came from.
/// </summary>
internal sealed class FeedEndpoint(ODataServeOptions options)
{
    /// <summary>Query parameters never repeated in a next link: the token is replaced, and a key in a URL must not travel further.</summary>
    private static readonly HashSet<string> NotCarried = new(StringComparer.OrdinalIgnoreCase) { "$skiptoken", "api_key" };

    public async Task FeedAsync(HttpContext context, string setName)
    {
        // $apply on a fact set is answered by its own endpoint (disclosure-controlled aggregates); elsewhere it is a 501 there.
        if (ApplyEndpoint.Handles(context.Request))
        {
            await ApplyEndpoint.ApplyAsync(context, setName, options).ConfigureAwait(false);
            return;
        }

        var ct = context.RequestAborted;
        var request = ODataRequestOptions.From(context.Request.Query, options);
        var token = request.SkipToken is null ? null : SkipToken.Parse(request.SkipToken);
        var served = await ServedRequest.ModelAsync(context, token?.VintageId).ConfigureAwait(false);
        var set = RowsReadable(await ServedRequest.SetAsync(context, served, setName).ConfigureAwait(false));
        var delivered = token?.Delivered ?? 0;
        var pageTop = (int)Math.Min(options.PageSize, request.Top is { } top ? Math.Max(0, top - delivered) : options.PageSize);
        var query = new ODataQuery(request.Filter, request.OrderBy, request.Select, pageTop + 1L, token is null ? request.Skip : null, false)
        {
            After = token?.After,
        };
        var sql = ODataSqlTranslator.Translate(served.Model, set, query, options.PageSize + 1, options.QueryLimits);
        var count = request.Count ? ODataSqlTranslator.TranslateCount(served.Model, set, request.Filter, options.QueryLimits) : null;
        var entitySet = ODataResponses.EntitySet(served, set.Name);

        List<ODataResource> rows;
        List<object?> lastKey;
        bool more;
        long? total = null;
        await using (var connection = await served.OpenConnectionAsync(ct).ConfigureAwait(false))
        {
            (rows, lastKey, more) = await FeedReader.ReadAsync(connection, set, sql, pageTop, ct).ConfigureAwait(false);
            if (count is not null)
            {
                total = await FeedReader.CountAsync(connection, count, ct).ConfigureAwait(false);
            }
        }

        // The client's $top ends the feed even when more rows match.
        more &= request.Top is null || delivered + rows.Count < request.Top;
        var root = ODataResponses.ServiceRoot(context, options.RoutePrefix);
        var uri = new ODataUri
        {
            Path = new ODataPath(new EntitySetSegment(entitySet)),
            SelectAndExpand = request.Select is null ? null : SelectClause(served, entitySet, request.Select),
        };
        var feed = new ODataResourceSet
        {
            Count = total,
            NextPageLink = more ? NextLink(context.Request, root, set.Name, new SkipToken(served.VintageId, delivered + rows.Count, lastKey)) : null,
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

        await ODataResponses.SendAsync(context.Response, message, served.VintageId).ConfigureAwait(false);
    }

    public async Task CountAsync(HttpContext context, string setName)
    {
        var ct = context.RequestAborted;
        var request = ODataRequestOptions.From(context.Request.Query, options);
        var served = await ServedRequest.ModelAsync(context).ConfigureAwait(false);
        var set = RowsReadable(await ServedRequest.SetAsync(context, served, setName).ConfigureAwait(false));
        var sql = ODataSqlTranslator.TranslateCount(served.Model, set, request.Filter, options.QueryLimits);
        long count;
        await using (var connection = await served.OpenConnectionAsync(ct).ConfigureAwait(false))
        {
            count = await FeedReader.CountAsync(connection, sql, ct).ConfigureAwait(false);
        }

        context.Response.StatusCode = 200;
        context.Response.ContentType = "text/plain; charset=utf-8";
        context.Response.Headers["OData-Version"] = "4.0";
        context.Response.Headers[ODataResponses.VintageHeader] = served.VintageId;
        await context.Response.WriteAsync(count.ToString(CultureInfo.InvariantCulture), ct).ConfigureAwait(false);
    }

    /// <summary>
    /// Fact sets are answered only through $apply, where every group is disclosure-controlled: their rows and counts would
    /// give any small count directly (a $filter narrowed to one group, then /$count), which the suppression exists to prevent.
    /// </summary>
    private static FlatEntitySet RowsReadable(FlatEntitySet set) =>
        set.Disclosure is null
            ? set
            : throw new ODataHttpException(403, "AggregateOnly",
                $"'{set.Name}' is served only aggregated, through $apply (groups of fewer than k persons are suppressed), e.g. " +
                $"{set.Name}?$apply=groupby((Year),aggregate($count as N)).");

    /// <summary>The translator has already validated $select; parsed again here only for the context URL (Set(A,B)).</summary>
    private static SelectExpandClause SelectClause(ServedModel served, Microsoft.OData.Edm.IEdmEntitySet entitySet, string select) =>
        new ODataQueryOptionParser(served.Model, entitySet.EntityType, entitySet, new Dictionary<string, string> { ["$select"] = select })
            .ParseSelectAndExpand();

    private static Uri NextLink(HttpRequest request, Uri root, string setName, SkipToken token)
    {
        var query = request.Query.Where(q => !NotCarried.Contains(q.Key))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))
            .Append(new KeyValuePair<string, string?>("$skiptoken", token.Format()));
        return new Uri(QueryHelpers.AddQueryString(new Uri(root, Uri.EscapeDataString(setName)).AbsoluteUri, query));
    }
}
