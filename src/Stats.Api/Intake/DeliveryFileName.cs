using Microsoft.Net.Http.Headers;

namespace Stats.Api.Intake;

/// <summary>
/// The file name of an upload: <c>?fileName=</c> first, else the Content-Disposition filename (of the request or of the
/// multipart file part). Only a bare name is accepted, never a path, so that nothing from a request chooses a folder.
/// </summary>
internal static class DeliveryFileName
{
    private const int MaxLength = 200;

    public static string? FromQuery(HttpRequest request) =>
        request.Query.TryGetValue("fileName", out var values) ? values[0] : null;

    public static string? FromDisposition(string? header)
    {
        if (!ContentDispositionHeaderValue.TryParse(header, out var disposition))
        {
            return null;
        }

        var name = disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName;
        return HeaderUtilities.RemoveQuotes(name).Value;
    }

    /// <summary>Null when the name is usable for the contract; otherwise why not (answered 400).</summary>
    public static UploadRefusedException? Check(string? name, string contractId, IReadOnlyList<string> allowedExtensions)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return new(400, "MissingFileName", "Name the delivered file with ?fileName= or a Content-Disposition filename.");
        }

        if (name.Length > MaxLength || name is "." or ".." || name.Trim() != name
            || name.Any(c => char.IsControl(c) || c is '/' or '\\' or ':' or '*' or '?' or '"' or '<' or '>' or '|'))
        {
            return new(400, "BadFileName", $"The file name must be a bare name of at most {MaxLength} characters without path separators or wildcard characters.");
        }

        var extension = Path.GetExtension(name);
        if (!allowedExtensions.Any(e => string.Equals(e, extension, StringComparison.OrdinalIgnoreCase)))
        {
            return new(400, "ExtensionNotAllowed", $"Contract '{contractId}' accepts files ending in {string.Join(", ", allowedExtensions)}; '{name}' does not.");
        }

        return null;
    }
}
