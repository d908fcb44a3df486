using System.Text.Json.Serialization;

namespace Stats.Etl.Contracts;

/// <summary>One delivery stream of one agency, as described by a file in etl/contracts (see its README).</summary>
public sealed record SourceContract
{
    public required string Id { get; init; }
    public string? Title { get; init; }
    public required SourceInfo Source { get; init; }
    /// <summary>Canonical entity the rows become; required for microdata, not used by aggregate returns.</summary>
    public string? Entity { get; init; }

    /// <summary><c>microdata</c> (one row per person-event) or <c>aggregate</c> (a pre-counted table, see <see cref="Aggregate"/>).</summary>
    public string Shape { get; init; } = Shapes.Microdata;
    public string? Schedule { get; init; }

    /// <summary>How often the source delivers and when it is late or overdue; absent for contracts without a schedule.</summary>
    public TimelinessSpec? Timeliness { get; init; }
    public required FormatSpec Format { get; init; }
    public IReadOnlyDictionary<string, ColumnSpec> Columns { get; init; } = new Dictionary<string, ColumnSpec>();
    public IReadOnlyDictionary<string, string> Constants { get; init; } = new Dictionary<string, string>();
    public IReadOnlyList<string> Ignore { get; init; } = [];
    public RuleSpec? Rules { get; init; }
    public IReadOnlyList<ChildSpec> Children { get; init; } = [];

    /// <summary>The table of an aggregate return; set exactly when <see cref="Shape"/> is <c>aggregate</c>.</summary>
    public AggregateSpec? Aggregate { get; init; }

    [JsonIgnore]
    public bool IsAggregate => string.Equals(Shape, Shapes.Aggregate, StringComparison.Ordinal);

    /// <summary>The file the contract was read from; not part of the JSON.</summary>
    [JsonIgnore]
    public string FilePath { get; init; } = string.Empty;
}
