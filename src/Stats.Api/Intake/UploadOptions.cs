namespace Stats.Api.Intake;

/// <summary>
/// Limits of <c>POST /intake/{contractId}</c>, bound from the configuration section <c>Api:Upload</c>: e.g.
/// <c>"Api": { "Upload": { "MaxBytes": 536870912, "AllowedContentTypes": [ "text/csv" ] } }</c> or
/// <c>STATS_Api__Upload__MaxBytes=536870912</c>.
/// </summary>
public sealed class UploadOptions
{
    public const string Section = "Api:Upload";

    /// <summary>The raw body types accepted when <see cref="AllowedContentTypes"/> is not configured.</summary>
    public static readonly IReadOnlyList<string> DefaultContentTypes =
    [
        "text/csv",
        "application/json",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "application/octet-stream",
    ];

    /// <summary>The largest delivery accepted, in bytes (256 MiB by default); enforced while streaming, not only by Content-Length.</summary>
    public long MaxBytes { get; set; } = 256L * 1024 * 1024;

    /// <summary>
    /// Raw body types accepted (multipart/form-data always is); null means <see cref="DefaultContentTypes"/>. Null rather
    /// than a pre-filled list because configuration binding appends to a list's items instead of replacing them.
    /// </summary>
    public IReadOnlyList<string>? AllowedContentTypes { get; set; }

    internal IReadOnlyList<string> ContentTypes => AllowedContentTypes ?? DefaultContentTypes;
}
