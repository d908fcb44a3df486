namespace Stats.Warehouse.Indicators.Aggregates;

/// <summary>
/// How a combined category of a return ("Sexual &amp; labour exploitation", stored as SEX+LAB) counts in the cubes: under
/// the main form, its form of lowest main_form_precedence (dim_exploitation_form), as a person exploited in several
/// forms is counted in microdata; under any form, under each of its forms (that breakdown does not add up anyway).
/// </summary>
internal sealed class FormSets(IReadOnlyDictionary<string, int> precedence)
{
    public const string MainForm = "form_main";
    public const string AnyForm = "form_any";

    private const char Separator = '+';

    /// <summary>The codes of <paramref name="dimension"/> a stated code counts under (one, except a combination by any form).</summary>
    public IReadOnlyList<string> Map(string dimension, string code)
    {
        if (dimension is not (MainForm or AnyForm) || !code.Contains(Separator, StringComparison.Ordinal))
        {
            return [code];
        }

        var forms = code.Split(Separator);
        return dimension == AnyForm
            ? forms.Distinct(StringComparer.Ordinal).ToList()
            : [forms.OrderBy(f => precedence.GetValueOrDefault(f, int.MaxValue)).ThenBy(f => f, StringComparer.Ordinal).First()];
    }
}
