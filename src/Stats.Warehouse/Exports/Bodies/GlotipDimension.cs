namespace Stats.Warehouse.Exports.Bodies;

/// <summary>
/// A GLOTIP Dimension ("Total", "by form of exploitation" …): the breakdown its categories come from (null for the
/// total, written as <see cref="Category"/>), our codes' category texts (several codes to one text are summed), and the cube tables it takes.
/// </summary>
public sealed record GlotipDimension(
    string Dimension, string? Category, string? Breakdown, string? Note, IReadOnlyDictionary<string, string>? Codes,
    IReadOnlyList<IReadOnlyList<string>> Cells);
