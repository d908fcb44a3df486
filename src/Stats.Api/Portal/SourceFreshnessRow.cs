namespace Stats.Api.Portal;

/// <summary>One source's punctuality as of the vintage's publication (the OData SourceFreshness set).</summary>
internal sealed record SourceFreshnessRow(string ContractId, string SourceCode, string Status, double? DaysSinceLastDelivery, DateOnly? LastLoadedDate, string AsOf);
