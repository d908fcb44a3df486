namespace Stats.Etl.Contracts;

/// <summary>
/// A further entity produced from the same record: from a JSON array of objects (<c>Path</c>) or from the same
/// flat row when a column has a value (<c>When</c>).
/// </summary>
public sealed record ChildSpec
{
    public string? Path { get; init; }
    public string? When { get; init; }
    public required string Entity { get; init; }
    public IReadOnlyDictionary<string, string> Inherit { get; init; } = new Dictionary<string, string>();
    public IReadOnlyDictionary<string, ColumnSpec> Columns { get; init; } = new Dictionary<string, ColumnSpec>();
    public IReadOnlyDictionary<string, string> Constants { get; init; } = new Dictionary<string, string>();
    public IReadOnlyList<string> Ignore { get; init; } = [];
    public RuleSpec? Rules { get; init; }
}
