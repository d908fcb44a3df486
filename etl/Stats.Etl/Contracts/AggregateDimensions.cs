namespace Stats.Etl.Contracts;

/// <summary>
/// The dimensions an aggregate return may state (those of sql/indicators/dimensions.json that have a code list),
/// with their code list and whether their categories add up to the total (there, not additive are form_any and
/// assistance_type: a person counts under each of their forms or types, so the margin check does not apply).
/// </summary>
internal static class AggregateDimensions
{
    /// <summary>The code of a total over a dimension.</summary>
    public const string Total = "_T";

    /// <summary>The code of "not specified"; allowed on every dimension, even where the code list has none.</summary>
    public const string Unknown = "UNK";

    private static readonly Dictionary<string, (string CodeList, bool Additive)> All = new(StringComparer.Ordinal)
    {
        ["sex"] = ("sex", true),
        ["age_group"] = ("age_group", true),
        ["citizenship"] = ("citizenship_group", true),
        ["form_main"] = ("exploitation_form", true),
        ["form_any"] = ("exploitation_form", false),
        ["region"] = ("region", true),
        ["trafficking_type"] = ("trafficking_type", true),
        ["assistance_type"] = ("assistance_type", false),
        ["decision_type"] = ("immigration_decision_type", true),
        ["outcome"] = ("decision_outcome", true),
        ["id_outcome"] = ("identification_outcome", true),
        ["permit_ground"] = ("permit_ground", true),
        ["sentence_band"] = ("sentence_band", true),
    };

    public static IEnumerable<string> Ids => All.Keys.Order(StringComparer.Ordinal);

    public static bool IsKnown(string dimension) => All.ContainsKey(dimension);

    public static string CodeListOf(string dimension) => All[dimension].CodeList;

    public static bool IsAdditive(string dimension) => All[dimension].Additive;

    /// <summary>Only forms of exploitation have combined categories ("Sexual &amp; Labour" → SEX+LAB).</summary>
    public static bool AllowsSets(string dimension) => dimension is "form_main" or "form_any";
}
