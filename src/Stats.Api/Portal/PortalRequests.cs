using Stats.Api.Exports;
using Stats.Warehouse.Indicators;
using Stats.Warehouse.OData;

namespace Stats.Api.Portal;

/// <summary>
/// Answers the portal's requests: asks the model source for the current vintage's public model (one small file read), serves
/// the page from the cache when it was rendered for that vintage, else renders it from the snapshot. Errors are HTML pages.
/// </summary>
internal sealed class PortalRequests(PortalPageCache cache)
{
    private const string HomeKey = "home";

    public Task HomeAsync(HttpContext context) => GuardedAsync(context, async (served, links) =>
    {
        if (cache.Find(served.VintageId, HomeKey) is { } cached)
        {
            return cached;
        }

        var ct = context.RequestAborted;
        await using var snapshot = await served.OpenConnectionAsync(ct).ConfigureAwait(false);
        var vintage = await PortalSnapshot.VintageAsync(snapshot, ct).ConfigureAwait(false);
        var indicators = await SnapshotCatalogue.IndicatorsAsync(snapshot, ct).ConfigureAwait(false);
        var dimensions = await SnapshotCatalogue.DimensionsAsync(snapshot, ct).ConfigureAwait(false);
        var totals = await PortalSnapshot.LatestAnnualTotalsAsync(snapshot, dimensions, ct).ConfigureAwait(false);
        var freshness = await PortalSnapshot.FreshnessAsync(snapshot, served, ct).ConfigureAwait(false);
        var charts = context.RequestServices.GetService<IPortalCharts>() is { } drawer
            ? await drawer.FeaturedAsync(snapshot, ct).ConfigureAwait(false)
            : [];
        var page = new PortalPage(200, PortalPage.Html, PortalHome.Render(vintage, indicators, totals, freshness, charts, links));
        cache.Keep(served.VintageId, HomeKey, page);
        return page;
    });

    public Task IndicatorAsync(HttpContext context, string id) => GuardedAsync(context, async (served, links) =>
    {
        var csv = id.EndsWith(PortalLinks.CsvSuffix, StringComparison.OrdinalIgnoreCase);
        if (csv)
        {
            id = id[..^PortalLinks.CsvSuffix.Length];
        }

        var by = context.Request.Query["by"].Count > 1
            ? throw new PortalRequestException(400, "Give one by= parameter, e.g. ?by=sex or ?by=sex,quarter.")
            : context.Request.Query["by"].ToString().Trim();
        var key = (csv ? "csv|" : "page|") + id + "|" + by;
        if (cache.Find(served.VintageId, key) is { } cached)
        {
            return cached;
        }

        var ct = context.RequestAborted;
        await using var snapshot = await served.OpenConnectionAsync(ct).ConfigureAwait(false);
        var vintage = await PortalSnapshot.VintageAsync(snapshot, ct).ConfigureAwait(false);
        var indicators = await SnapshotCatalogue.IndicatorsAsync(snapshot, ct).ConfigureAwait(false);
        var indicator = indicators.FirstOrDefault(i => string.Equals(i.Id, id, StringComparison.Ordinal))
            ?? throw new PortalRequestException(404, $"There is no indicator '{id}' in vintage {vintage.Id}. The catalogue holds: {string.Join(", ", indicators.Select(i => i.Id))}.");

        IndicatorResult table;
        try
        {
            // Always the public role: the portal is public whatever key the caller holds.
            var words = by.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            table = await IndicatorReader.ReadAsync(snapshot, new IndicatorRequest(indicator.Id, words, IndicatorRole.Public), ct).ConfigureAwait(false);
        }
        catch (IndicatorRequestException e)
        {
            throw new PortalRequestException(400, e.Message);
        }

        var estimates = await PublishedEstimates.ReadAsync(snapshot, indicator.Id, IndicatorRole.Public, ct).ConfigureAwait(false);
        PortalPage page;
        if (csv)
        {
            var name = string.Join('_', new[] { indicator.Id }.Concat(table.Breakdowns.Select(b => b.Id)).Append(PortalValues.FrequencyWord(table.Frequency)));
            page = new PortalPage(200, PortalPage.Csv, PortalCsv.Write(table, estimates), $"{name}_vintage{vintage.Id}.csv");
        }
        else
        {
            var dimensions = await SnapshotCatalogue.DimensionsAsync(snapshot, ct).ConfigureAwait(false);
            var tables = await PortalSnapshot.TablesAsync(snapshot, indicator.Id, ct).ConfigureAwait(false);
            var chart = context.RequestServices.GetService<IPortalCharts>() is { } drawer
                ? await drawer.IndicatorAsync(snapshot, indicator.Id, by.Length == 0 ? null : by, ct).ConfigureAwait(false)
                : null;
            var body = PortalIndicatorPage.Render(
                vintage, indicator, table, by.Length == 0 ? null : by, tables, dimensions, chart, ODataUrl(served, indicator, table, links), links, estimates);
            page = new PortalPage(200, PortalPage.Html, body);
        }

        cache.Keep(served.VintageId, key, page);
        return page;
    });

    public static Task StylesheetAsync(HttpContext context)
    {
        context.Response.ContentType = "text/css; charset=utf-8";
        context.Response.Headers.CacheControl = "public, max-age=3600";
        return context.Response.WriteAsync(PortalStyle.Css, context.RequestAborted);
    }

    /// <summary>The same cells in the public feed; null when the served model has no set for the indicator.</summary>
    private static string? ODataUrl(ServedModel served, SnapshotIndicator indicator, IndicatorResult table, PortalLinks links)
    {
        var setName = "Indicator_" + indicator.Id;
        if (served.FindSet(setName) is not { } set)
        {
            return null;
        }

        var breakdowns = indicator.Breakdowns
            .Select(b => (Property: Pascal(b), InTable: table.Breakdowns.Any(t => t.Id == b)))
            .ToList();
        return breakdowns.All(b => set.Properties.Any(p => p.Name == b.Property))
            ? links.ODataCube(setName, table.Frequency, breakdowns)
            : links.ODataSet(setName);
    }

    /// <summary>age_group → AgeGroup: the feed's property name of a dimension.</summary>
    private static string Pascal(string id) =>
        string.Concat(id.Split('_', StringSplitOptions.RemoveEmptyEntries).Select(p => char.ToUpperInvariant(p[0]) + p[1..]));

    private static async Task GuardedAsync(HttpContext context, Func<ServedModel, PortalLinks, Task<PortalPage>> render)
    {
        var links = new PortalLinks(
            context.Request.PathBase.Value ?? "", context.RequestServices.GetRequiredService<ODataServeOptions>().RoutePrefix,
            exports: context.RequestServices.GetService<ExportService>() is not null);
        PortalPage page;
        string? vintage = null;
        try
        {
            var source = context.RequestServices.GetRequiredService<IServedModelSource>();
            var served = await source.GetAsync(ODataRole.Public, null, context.RequestAborted).ConfigureAwait(false);
            vintage = served.VintageId;
            page = await render(served, links).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            return;
        }
        catch (PortalRequestException e)
        {
            page = ErrorPage(e.StatusCode, e.Message, links);
        }
        catch (ODataHttpException e)
        {
            page = ErrorPage(e.StatusCode, e.Message, links);
        }
        catch (Exception e) when (!context.Response.HasStarted)
        {
            context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Stats.Api.Portal").LogError(e, "Portal request {Path} failed", context.Request.Path);
            page = ErrorPage(500, "The page could not be made; the error is in the server log.", links);
        }

        await WriteAsync(context, page, vintage).ConfigureAwait(false);
    }

    private static PortalPage ErrorPage(int status, string message, PortalLinks links)
    {
        var title = status switch { 404 => "Not found", 400 => "Bad request", 503 => "Not yet published", _ => "Error" };
        var body = new PortalHtml().Begin(title, null, links)
            .Element("h1", title).Element("p", message, "class=\"error\"")
            .Raw("<p>").Link(links.Home, "All indicators").Raw("</p>\n")
            .End(links).ToString();
        return new PortalPage(status, PortalPage.Html, body);
    }

    private static async Task WriteAsync(HttpContext context, PortalPage page, string? vintage)
    {
        var response = context.Response;
        response.StatusCode = page.Status;
        response.ContentType = page.ContentType;
        response.Headers.CacheControl = "no-cache";
        response.Headers.XContentTypeOptions = "nosniff";
        // No script runs on the portal; inline styles stay allowed for the generated SVG charts.
        response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
        if (vintage is not null)
        {
            response.Headers[ODataResponses.VintageHeader] = vintage;
        }

        if (page.FileName is not null)
        {
            response.Headers.ContentDisposition = $"attachment; filename=\"{page.FileName}\"";
        }

        await response.WriteAsync(page.Body, context.RequestAborted).ConfigureAwait(false);
    }
}
