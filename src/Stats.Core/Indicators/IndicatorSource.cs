using System.Text.RegularExpressions;

namespace Stats.Core.Indicators;

/// <summary>
/// Where the cells of a table come from: the indicator's unit query over the microdata (records), or the cells stated
/// by one aggregate return (the contract that loads it). Written <c>microdata</c> or <c>aggregate:&lt;contract-id&gt;</c>.
/// </summary>
public sealed partial record IndicatorSource
{
    private const string MicrodataText = "microdata";
    private const string AggregatePrefix = "aggregate:";

    private IndicatorSource(string? contract) => Contract = contract;

    public static IndicatorSource Microdata { get; } = new((string?)null);

    /// <summary>The aggregate return's contract id; null for microdata.</summary>
    public string? Contract { get; }

    public bool IsMicrodata => Contract is null;

    /// <summary>As written in a definition file and in ind_table.source.</summary>
    public string Text => Contract is null ? MicrodataText : AggregatePrefix + Contract;

    public static IndicatorSource Aggregate(string contract) =>
        ContractPattern().IsMatch(contract) ? new IndicatorSource(contract)
            : throw new ArgumentException($"'{contract}' is not a contract id.", nameof(contract));

    /// <summary>Parses <c>microdata</c> or <c>aggregate:&lt;contract-id&gt;</c>; null when the text is neither.</summary>
    public static IndicatorSource? TryParse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (string.Equals(text, MicrodataText, StringComparison.Ordinal))
        {
            return Microdata;
        }

        return text.StartsWith(AggregatePrefix, StringComparison.Ordinal) && ContractPattern().IsMatch(text[AggregatePrefix.Length..])
            ? new IndicatorSource(text[AggregatePrefix.Length..])
            : null;
    }

    public override string ToString() => Text;

    // Contract ids are file names of etl/contracts (court-registry-convictions); the id reaches SQL only as a parameter.
    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_.-]*$")]
    private static partial Regex ContractPattern();
}
