namespace Stats.Api.Portal;

/// <summary>One published table of an indicator: its breakdowns (empty for the total) and the frequencies it is published at.</summary>
internal sealed record PublishedTable(IReadOnlyList<string> By, IReadOnlyList<string> Frequencies);
