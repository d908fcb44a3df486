using System.Globalization;
using Microsoft.AspNetCore.Http.Timeouts;

namespace Stats.Api.Access;

/// <summary>
/// Cancels a request that runs longer than <see cref="AccessOptions.RequestTimeout"/>: <see cref="HttpContext.RequestAborted"/>
/// is replaced by a token that also fires at the deadline, and the endpoints pass that token to DuckDB, which interrupts the
/// running query. The answer is a 504 with an OData error body. (ASP.NET Core's RequestTimeouts middleware is not used: it
/// answers only when the cancellation escapes as an exception, while the endpoints end a cancelled request quietly, and it
/// is switched off under a debugger.) Endpoints marked with <see cref="DisableRequestTimeoutAttribute"/> are exempt: the
/// upload endpoint (POST /intake/…) streams deliveries of up to hundreds of MiB, which a timeout sized for OData queries
/// would cut off; routing has picked the endpoint before this middleware runs.
/// </summary>
internal sealed class RequestTimeout(RequestDelegate next, AccessOptions options, TimeProvider time, ILogger<RequestTimeout> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (options.RequestTimeout <= TimeSpan.Zero || context.GetEndpoint()?.Metadata.GetMetadata<DisableRequestTimeoutAttribute>() is not null)
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        var original = context.RequestAborted;
        using var deadline = new CancellationTokenSource(options.RequestTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(original, deadline.Token);
        context.RequestAborted = linked.Token;
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !original.IsCancellationRequested && !context.Response.HasStarted)
        {
            // Answered below.
        }
        finally
        {
            context.RequestAborted = original;
        }

        if (deadline.IsCancellationRequested && !original.IsCancellationRequested && !context.Response.HasStarted)
        {
            logger.LogWarning("{Path} was cancelled after the request timeout of {Timeout}", context.Request.Path.Value, options.RequestTimeout);
            await AccessErrors.WriteAsync(
                context,
                StatusCodes.Status504GatewayTimeout,
                "Timeout",
                string.Create(CultureInfo.InvariantCulture, $"The request took longer than {options.RequestTimeout.TotalSeconds:0.###} s and was stopped; narrow it with $filter, $select or $top.")).ConfigureAwait(false);
        }
    }
}
