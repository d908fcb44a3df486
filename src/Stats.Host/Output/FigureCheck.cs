namespace Stats.Host.Output;

/// <summary>
/// One published figure next to the generator's ground truth. Warehouse is null when the cell has no value (suppressed
/// at source, not available); <see cref="ExpectsNoValue"/> says the truth is exactly that, so both must be empty. An
/// Expected of null without it means there is no truth to compare with.
/// </summary>
internal sealed record FigureCheck(string Group, string Figure, long? Warehouse, long? Expected, bool ExpectsNoValue = false)
{
    public bool Matches => ExpectsNoValue ? Warehouse is null : Expected is null || Expected == Warehouse;

    public bool IsCompared => ExpectsNoValue || Expected is not null;
}
