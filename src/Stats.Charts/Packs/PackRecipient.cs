using Stats.Warehouse.Indicators;

namespace Stats.Charts.Packs;

/// <summary>Who receives a pack and with which role's figures (a subscription, or a preview).</summary>
public sealed record PackRecipient(string Name, string Email, IndicatorRole Role);
