namespace Stats.Api.Exports;

/// <summary>
/// One format as <c>GET /exports</c> lists it: <see cref="SingleFile"/> true means the download is that one file
/// (<see cref="FileName"/>, <see cref="MediaType"/>), false a zip of the export folder.
/// </summary>
internal sealed record ExportFormatView(string Id, string Description, bool SingleFile, string? FileName, string MediaType, string Url);
