using Microsoft.AspNetCore.Http.Timeouts;
using Stats.Api.Operations;
using Stats.Warehouse;
using Stats.Warehouse.Exports;
using Stats.Warehouse.Indicators;
using Stats.Warehouse.OData;

namespace Stats.Api.Exports;

/// <summary>
/// <c>GET /exports</c> (the formats and the current vintage) and <c>GET /exports/{format}?vintage=&amp;indicators=&amp;years=</c>
/// (one export as a download), for every format of <see cref="ExportFormats.All"/>. Mapped only when
/// <see cref="AddStatsExports"/> registered them (they need the data folder, which a fixed-model feed has not). They sit
/// behind the access layer like the feed: the key decides the role (none or a public/agency key: the public,
/// disclosure-controlled export; an analyst or admin key: the analyst export), and each request takes a token from the
/// caller's rate limit. Errors are JSON in the API's <c>{ "error": { "code", "message" } }</c> shape: 404 for an unknown
/// format, 400 naming the parameter for a bad vintage, indicator or year, 503 before the first publish.
/// </summary>
public static class ExportEndpoints
{
    public const string Root = "/exports";
    private const string Category = "Stats.Api.Exports";

    /// <param name="services">The web application's services.</param>
    /// <param name="warehouse">The data folder whose vintages are exported (the one the feed serves).</param>
    /// <param name="options">Limits; null means the defaults.</param>
    public static IServiceCollection AddStatsExports(this IServiceCollection services, WarehouseOptions warehouse, ExportServeOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(warehouse);
        options ??= new ExportServeOptions();
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxConcurrentBuilds);
        services.AddSingleton(options);
        services.AddSingleton(sp => new ExportService(warehouse, options, sp.GetRequiredService<TimeProvider>()));
        return services;
    }

    /// <summary>Binds <see cref="ExportServeOptions"/> from the <c>Exports</c> section of configuration.</summary>
    public static ExportServeOptions ReadExportServeOptions(this IConfiguration configuration)
    {
        var options = new ExportServeOptions();
        configuration.GetSection(ExportServeOptions.Section).Bind(options);
        return options;
    }

    public static IEndpointRouteBuilder MapStatsExports(this IEndpointRouteBuilder endpoints)
    {
        if (endpoints.ServiceProvider.GetRequiredService<IServiceProviderIsService>().IsService(typeof(ExportService)))
        {
            endpoints.MapGet(Root, ListAsync);
            // Exempt from the request timeout, which is sized for OData pages: a whole vintage in a slow format, or a large
            // zip on a slow line, takes longer, and cutting it off would leave the client a truncated file.
            endpoints.MapGet(Root + "/{format}", DownloadAsync).WithMetadata(new DisableRequestTimeoutAttribute());
        }

        return endpoints;
    }

    /// <summary>The URL of a format's export of the current vintage, under the request's path base.</summary>
    internal static string Url(string pathBase, string format) => pathBase.TrimEnd('/') + Root + "/" + Uri.EscapeDataString(format);

    private static Task ListAsync(HttpContext context) => GuardedAsync(context, () =>
    {
        var current = context.RequestServices.GetRequiredService<ExportService>().Current();
        var pathBase = context.Request.PathBase.Value ?? "";
        var formats = ExportFormats.All
            .Select(f => new ExportFormatView(
                f.Id, f.Description, f.SingleFile is not null, f.SingleFile, f.SingleFile is null ? ExportDownload.ZipMediaType : f.MediaType, Url(pathBase, f.Id)))
            .ToList();
        return ApiJson.WriteAsync(context, StatusCodes.Status200OK, new ExportList(current?.Id, current?.PublishedAt, RoleWord(Role(context)), formats));
    });

    private static Task DownloadAsync(HttpContext context, string format) => GuardedAsync(context, async () =>
    {
        var exportFormat = ExportFormats.All.FirstOrDefault(f => string.Equals(f.Id, format.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw new ExportHttpException(StatusCodes.Status404NotFound, "UnknownFormat",
                $"There is no export format '{format}'; the formats are {string.Join(", ", ExportFormats.All.Select(f => f.Id))} (GET {Root} lists them).");
        var query = ExportQuery.Parse(context.Request.Query);
        var service = context.RequestServices.GetRequiredService<ExportService>();
        using var export = await service.GetAsync(exportFormat, Role(context), query, context.RequestAborted).ConfigureAwait(false);
        await ExportDownload.WriteAsync(context, export).ConfigureAwait(false);
    });

    /// <summary>The role the OData feed reads with for this caller (<see cref="ApiCaller"/>): admin reads what analysts read.</summary>
    private static IndicatorRole Role(HttpContext context) =>
        ApiCaller.Of(context).Role >= ODataRole.Analyst ? IndicatorRole.Analyst : IndicatorRole.Public;

    private static string RoleWord(IndicatorRole role) => role == IndicatorRole.Analyst ? "analyst" : "public";

    private static async Task GuardedAsync(HttpContext context, Func<Task> handle)
    {
        try
        {
            await handle().ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away; a temp export was deleted on the way out.
        }
        catch (ExportHttpException e) when (!context.Response.HasStarted)
        {
            await ApiJson.ErrorAsync(context, e.StatusCode, e.Code, e.Message).ConfigureAwait(false);
        }
        catch (ExportRequestException e) when (!context.Response.HasStarted)
        {
            await ApiJson.ErrorAsync(context, StatusCodes.Status400BadRequest, "BadRequest", ParameterMessage(e.Message)).ConfigureAwait(false);
        }
        catch (Exception e) when (!context.Response.HasStarted)
        {
            Logger(context).LogError(e, "Export request {Path} failed", context.Request.Path.Value);
            await ApiJson.ErrorAsync(context, StatusCodes.Status500InternalServerError, "InternalError", "The export could not be made; see the server log.").ConfigureAwait(false);
        }
        catch (Exception e)
        {
            // Part of the file is sent: an error body would be read as file content. Aborting tells the client the download failed.
            Logger(context).LogError(e, "Export request {Path} failed while streaming", context.Request.Path.Value);
            context.Abort();
        }
    }

    /// <summary>The exporter names the command's options (--years: …); on the API they are query parameters (years: …).</summary>
    private static string ParameterMessage(string message) =>
        message.StartsWith("--", StringComparison.Ordinal) ? message[2..] : message;

    private static ILogger Logger(HttpContext context) =>
        context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(Category);
}
