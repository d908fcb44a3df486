namespace Stats.Warehouse.Exports;

/// <summary>The vintage an export comes from, as its meta_vintage records it.</summary>
public sealed record ExportVintage(int Id, DateTimeOffset PublishedAt, string ReportingCountry);
