namespace Stats.Warehouse.Reports;

/// <summary>Persons who appear on exactly this combination of agency lists ('+'-joined organisation codes).</summary>
public sealed record OverlapRow(string Agencies, int AgencyCount, long Persons);
