using System.Globalization;
using Microsoft.AspNetCore.Http.Features;
using Stats.Api.Operations;
using Stats.Warehouse.OData;

namespace Stats.Api.Intake;

/// <summary>
/// <c>POST /intake/{contractId}</c>: streams one delivery into the contract's inbox and answers 202 with a receipt. Checks
/// in order: who (401/403), which contract (404), a body at all (411), its type (415), its declared size (413), the file
/// name (400); the size is enforced again while streaming (413), since a chunked body declares none.
/// </summary>
internal static class UploadEndpoint
{
    public static Task HandleAsync(HttpContext context) => ApiJson.GuardedAsync(context, "Stats.Api.Intake", () => RefusalsAnsweredAsync(context));

    private static async Task RefusalsAnsweredAsync(HttpContext context)
    {
        try
        {
            await UploadAsync(context).ConfigureAwait(false);
        }
        catch (IOException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away mid-upload; the inbox has removed its partial file.
        }
        catch (UploadRefusedException e)
        {
            await ApiJson.ErrorAsync(context, e.StatusCode, e.Code, e.Message).ConfigureAwait(false);
        }
        catch (DeliveryTooLargeException e)
        {
            await ApiJson.ErrorAsync(context, 413, "DeliveryTooLarge", e.Message).ConfigureAwait(false);
        }
        catch (BadHttpRequestException e)
        {
            // Kestrel's own refusals of a broken body (e.g. it ended before its Content-Length).
            await ApiJson.ErrorAsync(context, e.StatusCode, "BadRequestBody", e.Message).ConfigureAwait(false);
        }
        catch (InvalidDataException e)
        {
            await ApiJson.ErrorAsync(context, 400, "BadMultipartBody", "The multipart body is malformed: " + e.Message).ConfigureAwait(false);
        }
        catch (ArgumentException e)
        {
            await ApiJson.ErrorAsync(context, 400, "BadFileName", e.Message).ConfigureAwait(false);
        }
    }

    private static async Task UploadAsync(HttpContext context)
    {
        var contractId = (string)context.Request.RouteValues["contractId"]!;
        var caller = ApiCaller.Of(context);
        if (caller.IsAnonymous)
        {
            throw new UploadRefusedException(401, "Unauthorized", "Uploads need the API key of an agency (or an admin key).");
        }

        if (caller.Role != ODataRole.Admin && !caller.Contracts.Contains(contractId, StringComparer.Ordinal))
        {
            throw new UploadRefusedException(403, "Forbidden", $"This key may not upload deliveries for contract '{contractId}'.");
        }

        var inbox = context.RequestServices.GetRequiredService<IDeliveryInbox>();
        if (!inbox.Knows(contractId))
        {
            throw new UploadRefusedException(404, "UnknownContract", $"There is no contract '{contractId}' that takes uploads.");
        }

        var options = context.RequestServices.GetRequiredService<UploadOptions>();
        var request = context.Request;
        var declared = request.ContentLength;
        if (declared is null && context.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody != true)
        {
            throw new UploadRefusedException(411, "LengthRequired", "Send the delivery as the body, with a Content-Length or chunked.");
        }

        if (declared == 0)
        {
            throw new UploadRefusedException(400, "EmptyDelivery", "The body is empty; send the delivered file as the body.");
        }

        var multipart = request.HasFormContentType && request.ContentType!.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase);
        if (!multipart && !IsAllowedRawType(request.ContentType, options))
        {
            throw new UploadRefusedException(415, "UnsupportedMediaType", $"Send the file as multipart/form-data or as a raw body of type {string.Join(", ", options.ContentTypes)}.");
        }

        var bodyLimit = multipart ? options.MaxBytes + MultipartDelivery.FramingAllowance : options.MaxBytes;
        if (declared > bodyLimit)
        {
            throw new DeliveryTooLargeException(options.MaxBytes);
        }

        // Kestrel's own limit (30 MB by default) is lifted for this request only; MaxBytes is enforced while streaming.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
        {
            sizeFeature.MaxRequestBodySize = null;
        }

        var extensions = inbox.AllowedExtensions(contractId);
        var (fileName, content) = multipart
            ? await MultipartDelivery.OpenAsync(request, options.MaxBytes, contractId, extensions, context.RequestAborted).ConfigureAwait(false)
            : Raw(request, options.MaxBytes, contractId, extensions);
        await using (content.ConfigureAwait(false))
        {
            var receipt = await inbox.AcceptAsync(contractId, fileName, content, options.MaxBytes, context.RequestAborted).ConfigureAwait(false);
            if (!content.Completed || receipt.Bytes != content.Bytes || !string.Equals(receipt.Sha256, content.Sha256, StringComparison.OrdinalIgnoreCase))
            {
                // An inbox that stopped reading early would queue a truncated file under a receipt that looks fine.
                throw new InvalidOperationException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"The inbox of '{contractId}' answered a receipt for {receipt.Bytes} bytes after reading {content.Bytes} (to the end: {content.Completed})."));
            }

            context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Stats.Api.Intake").LogInformation(
                "Delivery {FileName} for {Contract} stored: {Bytes} bytes, sha256 {Sha256}", receipt.FileName, contractId, receipt.Bytes, receipt.Sha256);
            await ApiJson.WriteAsync(context, StatusCodes.Status202Accepted, receipt).ConfigureAwait(false);
        }
    }

    private static (string FileName, DeliveryContent Content) Raw(HttpRequest request, long maxBytes, string contractId, IReadOnlyList<string> extensions)
    {
        var fileName = DeliveryFileName.FromQuery(request) ?? DeliveryFileName.FromDisposition(request.Headers.ContentDisposition);
        if (DeliveryFileName.Check(fileName, contractId, extensions) is { } refused)
        {
            throw refused;
        }

        return (fileName!, new DeliveryContent(request.Body, maxBytes));
    }

    private static bool IsAllowedRawType(string? contentType, UploadOptions options)
    {
        if (contentType is null || !Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var parsed))
        {
            return false;
        }

        var mediaType = parsed.MediaType.Value;
        return options.ContentTypes.Any(t => string.Equals(t, mediaType, StringComparison.OrdinalIgnoreCase));
    }
}
