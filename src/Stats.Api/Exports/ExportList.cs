namespace Stats.Api.Exports;

/// <summary>The body of <c>GET /exports</c>: the current vintage (null before the first publish), the caller's role and every format.</summary>
internal sealed record ExportList(int? Vintage, DateTimeOffset? PublishedAt, string Role, IReadOnlyList<ExportFormatView> Formats);
