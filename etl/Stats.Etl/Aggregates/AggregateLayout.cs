using Stats.Etl.Contracts;
using Stats.Etl.Readers;

namespace Stats.Etl.Aggregates;

/// <summary>
/// The columns an aggregate contract names: every period, dimension, count and wide column is required; those and
/// the ignored ones are known; anything else in the header is an unknown column (refusals as for microdata).
/// </summary>
internal sealed class AggregateLayout
{
    private readonly HashSet<string> _known;

    public AggregateLayout(SourceContract contract)
    {
        var spec = contract.Aggregate ?? throw new ContractException($"{contract.FilePath}: aggregate: missing.");
        var required = new List<string> { spec.Period.Year };
        if (spec.Period.SubPeriodColumn is { } sub)
        {
            required.Add(sub);
        }

        required.AddRange(spec.Dimensions.Keys);
        CountColumns = spec.Count is { } count ? [count] : [.. spec.Wide!.Keys];
        required.AddRange(CountColumns);
        Required = required;
        _known = [.. required, .. contract.Ignore];
    }

    /// <summary>The columns holding counts: the count column, or every wide column in contract order.</summary>
    public IReadOnlyList<string> CountColumns { get; }

    public IReadOnlyList<string> Required { get; }

    public void CheckHeader(string fileName, IReadOnlyList<string> header) =>
        ColumnCheck.CheckFlat(fileName, header, _known.Contains, Required);
}
