using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Stats.Api.Access;

/// <summary>
/// Registration of the access layer in front of the OData endpoints: authentication by API key, per-caller rate limits,
/// and the request timeout. Order in the pipeline: the security headers and the last-resort error answer first (so that
/// every answer below, the access layer's own refusals included, gets them), authenticate (the limiter partitions by
/// caller), limit, then time the request (so waiting is never charged to the timeout).
/// </summary>
public static class AccessExtensions
{
    /// <summary>Hosting's own request log writes the full URL, api_key included, at Information: it is held to warnings.</summary>
    public const string HostingDiagnosticsCategory = "Microsoft.AspNetCore.Hosting.Diagnostics";

    public static IServiceCollection AddStatsAccess(this IServiceCollection services, IApiKeyStore keys, AccessOptions options) =>
        services.AddStatsAccess(_ => keys, options);

    /// <param name="services">The web application's services.</param>
    /// <param name="keys">Makes the key store (given the services, e.g. for a logger); its lookups are cached here.</param>
    /// <param name="options">Access limits, usually from <see cref="ReadAccessOptions"/>.</param>
    public static IServiceCollection AddStatsAccess(this IServiceCollection services, Func<IServiceProvider, IApiKeyStore> keys, AccessOptions options)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(options);
        services.AddSingleton(options);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IApiKeyStore>(sp => new CachingApiKeyStore(keys(sp), options.KeyCacheDuration, sp.GetRequiredService<TimeProvider>()));
        services.AddRateLimiter(limiter => RateLimits.Configure(limiter, options));
        services.AddLogging(logging => logging.AddFilter(HostingDiagnosticsCategory, LogLevel.Warning));
        return services;
    }

    /// <summary>Binds <see cref="AccessOptions"/> from the <c>Api</c> section of configuration.</summary>
    public static AccessOptions ReadAccessOptions(this IConfiguration configuration)
    {
        var options = new AccessOptions();
        configuration.GetSection(AccessOptions.Section).Bind(options);
        return options;
    }

    public static IApplicationBuilder UseStatsAccess(this IApplicationBuilder app)
    {
        app.UseMiddleware<SecurityHeaders>();
        app.UseMiddleware<UnhandledErrors>();
        app.UseMiddleware<ApiKeyAuthentication>();
        app.UseRateLimiter();
        app.UseMiddleware<RequestTimeout>();
        return app;
    }
}
