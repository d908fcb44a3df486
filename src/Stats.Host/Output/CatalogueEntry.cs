using System.Globalization;
using Stats.Core.Indicators;
using Stats.Warehouse.Indicators;

namespace Stats.Host.Output;

/// <summary>One indicator as `stats indicators` lists it, whether read from the definition files or from a vintage.</summary>
internal sealed record CatalogueEntry(
    string Id, string Title, string Unit, IReadOnlyList<string> Breakdowns, IReadOnlyList<string> Sources, string Disclosure, IReadOnlyList<string> References)
{
    public static CatalogueEntry From(IndicatorDefinition definition, int configuredK) => new(
        definition.Id, definition.Title, definition.Unit, definition.Breakdowns, definition.Sources,
        definition.Disclosure.Threshold
            ? string.Create(CultureInfo.InvariantCulture, $"threshold k = {definition.Disclosure.EffectiveK(configuredK)}")
            : "none",
        definition.References.Keys.ToList());

    public static CatalogueEntry From(SnapshotIndicator indicator) => new(
        indicator.Id, indicator.Title, indicator.Unit, indicator.Breakdowns, indicator.Sources,
        indicator.DisclosureK is { } k ? string.Create(CultureInfo.InvariantCulture, $"{indicator.DisclosureRule} k = {k}") : indicator.DisclosureRule,
        Bodies(indicator.References));

    /// <summary>
    /// The bodies a vintage's reference text names ("greta: …; eurostat: …"): a segment starting with a one-word lower-case
    /// name and a colon starts a new reference; anything else belongs to the previous one.
    /// </summary>
    private static List<string> Bodies(string references) => references
        .Split("; ", StringSplitOptions.RemoveEmptyEntries)
        .Select(part => part.Split(':', 2)[0])
        .Where(name => name.Length > 0 && name.All(char.IsAsciiLetterLower))
        .ToList();
}
