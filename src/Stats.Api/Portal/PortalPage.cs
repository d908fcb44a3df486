namespace Stats.Api.Portal;

/// <summary>A rendered response: status, content type and body.</summary>
internal sealed record PortalPage(int Status, string ContentType, string Body, string? FileName = null)
{
    public const string Html = "text/html; charset=utf-8";
    public const string Csv = "text/csv; charset=utf-8";
}
