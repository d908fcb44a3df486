namespace Stats.Charts.Packs;

/// <summary>
/// One pack as a statistician writes it in <c>dashboards/packs/&lt;id&gt;.json</c>: its title, the indicators of the summary
/// table (monthly totals), the charts in order, and how many of the biggest moves the summary lists.
/// </summary>
public sealed record PackDefinition(string Id, string Title, string File, IReadOnlyList<string> Headline, IReadOnlyList<string> Charts, int Moves);
