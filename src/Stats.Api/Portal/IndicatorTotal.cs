namespace Stats.Api.Portal;

/// <summary>An indicator's latest published annual total: public value (null when suppressed), flags and status.</summary>
internal sealed record IndicatorTotal(string IndicatorId, string TimePeriod, double? Value, string Flags, string ConfStatus);
