namespace Stats.Etl.Contracts;

/// <summary>A delivered column (or dotted JSON path) and the canonical field it becomes.</summary>
public sealed record ColumnSpec
{
    public required string Field { get; init; }
    public bool Required { get; init; }
    public IReadOnlyDictionary<string, string>? Codes { get; init; }
    public string? Separator { get; init; }

    /// <summary>Separator of a multi-valued column; ';' when the contract names none (JSON arrays are joined with it).</summary>
    public string EffectiveSeparator => string.IsNullOrEmpty(Separator) ? ";" : Separator;
}
