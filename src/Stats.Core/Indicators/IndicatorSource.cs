using System.Text.RegularExpressions;

namespace Stats.Core.Indicators;

/// <summary>
/// Where the cells of a table come from: the indicator's unit query over the microdata (records), the cells stated by
/// one aggregate return (the contract that loads it), or a model-based estimate the warehouse computes at publish.
/// Written <c>microdata</c>, <c>aggregate:&lt;contract-id&gt;</c> or <c>estimate:mse</c>.
/// </summary>
public sealed partial record IndicatorSource
{
    private const string MicrodataText = "microdata";
    private const string AggregatePrefix = "aggregate:";
    private const string EstimatePrefix = "estimate:";

    /// <summary>The estimation methods the warehouse runs at publish: multiple systems estimation (domain.md §7).</summary>
    public const string MultipleSystems = "mse";

    private IndicatorSource(string? contract, string? method)
    {
        Contract = contract;
        Method = method;
    }

    public static IndicatorSource Microdata { get; } = new(null, null);

    /// <summary>The multiple systems estimate of the total population (est_population_estimate).</summary>
    public static IndicatorSource Mse { get; } = new(null, MultipleSystems);

    /// <summary>The aggregate return's contract id; null for microdata and estimates.</summary>
    public string? Contract { get; }

    /// <summary>The estimation method (<c>mse</c>); null for microdata and aggregate returns.</summary>
    public string? Method { get; }

    public bool IsMicrodata => Contract is null && Method is null;

    public bool IsAggregate => Contract is not null;

    public bool IsEstimate => Method is not null;

    /// <summary>As written in a definition file and in ind_table.source.</summary>
    public string Text => Contract is not null ? AggregatePrefix + Contract : Method is not null ? EstimatePrefix + Method : MicrodataText;

    public static IndicatorSource Aggregate(string contract) =>
        ContractPattern().IsMatch(contract) ? new IndicatorSource(contract, null)
            : throw new ArgumentException($"'{contract}' is not a contract id.", nameof(contract));

    /// <summary>Parses <c>microdata</c>, <c>aggregate:&lt;contract-id&gt;</c> or <c>estimate:mse</c>; null when the text is none of them.</summary>
    public static IndicatorSource? TryParse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (string.Equals(text, MicrodataText, StringComparison.Ordinal))
        {
            return Microdata;
        }

        if (string.Equals(text, EstimatePrefix + MultipleSystems, StringComparison.Ordinal))
        {
            return Mse;
        }

        return text.StartsWith(AggregatePrefix, StringComparison.Ordinal) && ContractPattern().IsMatch(text[AggregatePrefix.Length..])
            ? new IndicatorSource(text[AggregatePrefix.Length..], null)
            : null;
    }

    public override string ToString() => Text;

    // Contract ids are file names of etl/contracts (court-registry-convictions); the id reaches SQL only as a parameter.
    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_.-]*$")]
    private static partial Regex ContractPattern();
}
