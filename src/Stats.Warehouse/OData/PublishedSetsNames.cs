using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Stats.Warehouse.OData;

/// <summary>
/// Names and SQL literals of the published sets. Everything spliced into a Relation passes one of these checks first:
/// the values come from the snapshot's own catalogue, and a value that fails is left out rather than quoted.
/// </summary>
internal static partial class PublishedSetsNames
{
    public const string IndicatorPrefix = "Indicator_";

    /// <summary>Indicator ids as the catalogue README defines them (V04, Q01B).</summary>
    public static bool IsIndicatorId(string id) => IndicatorIdPattern().IsMatch(id);

    /// <summary>Dimension ids are lower-case SQL column names of ind_cell (sex, age_group).</summary>
    public static bool IsDimensionId(string id) => DimensionIdPattern().IsMatch(id);

    /// <summary>An OData simple identifier, restricted to ASCII so that every client and SQL alias takes it as is.</summary>
    public static bool IsIdentifier(string name) => name.Length <= 128 && IdentifierPattern().IsMatch(name);

    public static string SetName(string indicatorId) => IndicatorPrefix + indicatorId;

    /// <summary>age_group → AgeGroup, sex → Sex.</summary>
    public static string Pascal(string id)
    {
        var text = new StringBuilder();
        foreach (var part in id.Split('_', StringSplitOptions.RemoveEmptyEntries))
        {
            text.Append(char.ToUpperInvariant(part[0])).Append(part.AsSpan(1));
        }

        return text.ToString();
    }

    /// <summary>A string literal of a value that already passed <see cref="IsIndicatorId"/> or <see cref="IsDimensionId"/>.</summary>
    public static string Literal(string checkedValue)
    {
        if (!IsIndicatorId(checkedValue) && !IsDimensionId(checkedValue) && !IsIdentifier(checkedValue))
        {
            throw new ArgumentException($"'{checkedValue}' is not a checked catalogue value.", nameof(checkedValue));
        }

        return "'" + checkedValue + "'";
    }

    public static string InList(IEnumerable<string> checkedValues)
    {
        var items = checkedValues.Select(Literal).ToList();
        return items.Count == 0 ? "(NULL)" : "(" + string.Join(", ", items) + ")";
    }

    public static string Quote(string identifier) => SqlIdentifier.Quote(identifier);

    public static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex("^[A-Z][0-9]{2}[A-Z]?$", RegexOptions.CultureInvariant)]
    private static partial Regex IndicatorIdPattern();

    [GeneratedRegex("^[a-z][a-z0-9_]{0,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex DimensionIdPattern();

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdentifierPattern();
}
