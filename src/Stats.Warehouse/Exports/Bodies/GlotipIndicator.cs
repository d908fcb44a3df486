namespace Stats.Warehouse.Exports.Bodies;

/// <summary>Which of our indicators is written as which GLOTIP Indicator text (V04 → Detected trafficking victims).</summary>
public sealed record GlotipIndicator(string Indicator, string Text, string? Note);
