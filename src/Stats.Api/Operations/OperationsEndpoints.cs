using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Stats.Api.Operations;

/// <summary>
/// Registration of <c>GET /health</c> (anonymous) and the admin endpoints <c>GET /admin/runs</c>, <c>GET /admin/jobs</c>,
/// <c>POST /admin/jobs/{job}/run</c>. Each group is mapped only when its interface is registered, so a process without a
/// scheduler (an API-only replica, the feed tests) calls <see cref="MapStatsOperations"/> unchanged and those paths are
/// plain 404s. They sit behind the access layer (<c>UseStatsAccess</c>) like the feed: key check, rate limit, request timeout.
/// </summary>
public static class OperationsEndpoints
{
    private const string Category = "Stats.Api.Operations";

    /// <param name="services">The web application's services.</param>
    /// <param name="health">Makes the health reporter; null: no <c>/health</c>.</param>
    /// <param name="runs">Makes the run history reader; null: no <c>/admin/runs</c>.</param>
    /// <param name="jobs">Makes the job trigger; null: no <c>/admin/jobs</c>.</param>
    public static IServiceCollection AddStatsOperations(
        this IServiceCollection services,
        Func<IServiceProvider, IHealthReporter>? health = null,
        Func<IServiceProvider, IJobRunReader>? runs = null,
        Func<IServiceProvider, IJobTrigger>? jobs = null)
    {
        services.TryAddSingleton(TimeProvider.System);
        if (health is not null)
        {
            services.AddSingleton(health);
        }

        if (runs is not null)
        {
            services.AddSingleton(runs);
        }

        if (jobs is not null)
        {
            services.AddSingleton(jobs);
        }

        return services;
    }

    public static IEndpointRouteBuilder MapStatsOperations(this IEndpointRouteBuilder endpoints)
    {
        var registered = endpoints.ServiceProvider.GetRequiredService<IServiceProviderIsService>();
        if (registered.IsService(typeof(IHealthReporter)))
        {
            endpoints.MapGet("/health", HealthEndpoint.HandleAsync);
        }

        if (registered.IsService(typeof(IJobRunReader)))
        {
            endpoints.MapGet("/admin/runs", c => ApiJson.GuardedAsync(c, Category, () => AdminEndpoints.RunsAsync(c)));
        }

        if (registered.IsService(typeof(IJobTrigger)))
        {
            endpoints.MapGet("/admin/jobs", c => ApiJson.GuardedAsync(c, Category, () => AdminEndpoints.JobsAsync(c)));
            endpoints.MapPost("/admin/jobs/{job}/run", c => ApiJson.GuardedAsync(c, Category, () => AdminEndpoints.RunAsync(c)));
        }

        return endpoints;
    }
}
