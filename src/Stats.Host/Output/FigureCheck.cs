namespace Stats.Host.Output;

/// <summary>One published figure next to the generator's ground truth.</summary>
internal sealed record FigureCheck(string Group, string Figure, long Warehouse, long? Expected)
{
    public bool Matches => Expected is null || Expected == Warehouse;
}
