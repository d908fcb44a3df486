using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Stats.Api.Intake;

/// <summary>
/// Registration of <c>POST /intake/{contractId}</c>, the upload channel for agencies that push deliveries. Mapped only
/// when an <see cref="IDeliveryInbox"/> is registered, so a process without intake calls <see cref="MapStatsIntake"/>
/// unchanged and the path is a plain 404. It sits behind the access layer (key check, rate limit) but is exempt from the
/// request timeout, which is sized for OData queries, not for a 256 MiB upload on a slow line.
/// </summary>
public static class IntakeEndpoints
{
    public const string Route = "/intake/{contractId}";

    public static IServiceCollection AddStatsIntake(this IServiceCollection services, Func<IServiceProvider, IDeliveryInbox> inbox, UploadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(inbox);
        options ??= new UploadOptions();
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxBytes);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(options);
        services.AddSingleton(inbox);
        return services;
    }

    /// <summary>Binds <see cref="UploadOptions"/> from the <c>Api:Upload</c> section of configuration.</summary>
    public static UploadOptions ReadUploadOptions(this IConfiguration configuration)
    {
        var options = new UploadOptions();
        configuration.GetSection(UploadOptions.Section).Bind(options);
        return options;
    }

    public static IEndpointRouteBuilder MapStatsIntake(this IEndpointRouteBuilder endpoints)
    {
        if (endpoints.ServiceProvider.GetRequiredService<IServiceProviderIsService>().IsService(typeof(IDeliveryInbox)))
        {
            // DisableRequestTimeout marks the endpoint; the access layer's RequestTimeout skips endpoints so marked.
            endpoints.MapPost(Route, UploadEndpoint.HandleAsync).WithMetadata(new DisableRequestTimeoutAttribute());
        }

        return endpoints;
    }
}
