namespace Stats.Api.Operations;

/// <summary>
/// <c>GET /health</c>: open to anyone (load balancers and monitors hold no key), never cached. 200 while the process can
/// serve (healthy or degraded), 503 when it cannot, so a load balancer takes an unhealthy replica out of rotation.
/// </summary>
internal static class HealthEndpoint
{
    public static async Task HandleAsync(HttpContext context)
    {
        HealthReport report;
        try
        {
            report = await context.RequestServices.GetRequiredService<IHealthReporter>().ReportAsync(context.RequestAborted).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            return;
        }
        catch (Exception e)
        {
            // A reporter that cannot report is itself the finding: unhealthy, with the reason in the log only.
            context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Stats.Api.Health").LogError(e, "The health report failed");
            await ApiJson.ErrorAsync(context, StatusCodes.Status503ServiceUnavailable, "HealthCheckFailed", "The health report could not be made; see the server log.", noStore: true).ConfigureAwait(false);
            return;
        }

        var status = report.Status == HealthStatus.Unhealthy ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK;
        await ApiJson.WriteAsync(context, status, report, noStore: true).ConfigureAwait(false);
    }
}
