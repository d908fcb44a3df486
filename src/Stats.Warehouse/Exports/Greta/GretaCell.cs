namespace Stats.Warehouse.Exports.Greta;

/// <summary>One cell to write: text, a number or nothing (an empty styled cell), with its style index (<see cref="GretaStyles"/>).</summary>
internal readonly record struct GretaCell(string? Text, double? Number, uint Style)
{
    public static GretaCell Of(string? text, uint style = GretaStyles.Default) => new(text, null, style);

    public static GretaCell Of(double value, uint style) => new(null, value, style);

    public static readonly GretaCell Empty = new(null, null, GretaStyles.Default);
}
