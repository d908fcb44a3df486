using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Stats.Api.Intake;

/// <summary>
/// A multipart/form-data upload (<c>curl -F file=@delivery.csv</c>): the first part with a file name is the delivery,
/// streamed as it arrives; other form fields are skipped. A second file part is found only after the first has been
/// streamed, so the end of the delivery is reported only once the rest of the body has been checked: a second file makes
/// the read throw and the inbox drops what it stored.
/// </summary>
internal static class MultipartDelivery
{
    /// <summary>Room for the boundaries and part headers on top of the delivery's own limit.</summary>
    public const long FramingAllowance = 64 * 1024;

    public static async Task<(string FileName, DeliveryContent Content)> OpenAsync(
        HttpRequest request, long maxBytes, string contractId, IReadOnlyList<string> extensions, CancellationToken cancellationToken)
    {
        var boundary = MediaTypeHeaderValue.TryParse(request.ContentType, out var type) ? HeaderUtilities.RemoveQuotes(type.Boundary).Value : null;
        if (string.IsNullOrEmpty(boundary))
        {
            throw new UploadRefusedException(400, "BadMultipartBody", "The multipart/form-data body has no boundary.");
        }

        var reader = new MultipartReader(boundary, new LimitedReadStream(request.Body, maxBytes + FramingAllowance));
        while (await NextAsync(reader, cancellationToken).ConfigureAwait(false) is { } section)
        {
            var partName = FileNameOf(section);
            if (partName is null)
            {
                continue;
            }

            var fileName = DeliveryFileName.FromQuery(request) ?? partName;
            if (DeliveryFileName.Check(fileName, contractId, extensions) is { } refused)
            {
                throw refused;
            }

            return (fileName, new DeliveryContent(new MultipartSectionStream(section.Body), maxBytes, token => RestHasNoFileAsync(reader, token)));
        }

        throw new UploadRefusedException(400, "MissingFile", "The multipart/form-data body has no file part (send it with -F file=@name.csv).");
    }

    private static async Task RestHasNoFileAsync(MultipartReader reader, CancellationToken cancellationToken)
    {
        while (await NextAsync(reader, cancellationToken).ConfigureAwait(false) is { } section)
        {
            if (FileNameOf(section) is not null)
            {
                throw new UploadRefusedException(400, "TooManyFiles", "Send exactly one file per upload.");
            }
        }
    }

    private static Task<MultipartSection?> NextAsync(MultipartReader reader, CancellationToken cancellationToken) =>
        MultipartSectionStream.ReadingAsync(() => reader.ReadNextSectionAsync(cancellationToken), cancellationToken);

    /// <summary>The file name of a file part, or null for a plain form field.</summary>
    private static string? FileNameOf(MultipartSection section)
    {
        if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) || !disposition.DispositionType.Equals("form-data", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var name = disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName;
        return name.HasValue ? HeaderUtilities.RemoveQuotes(name).Value ?? "" : null;
    }
}
