using System.Globalization;

namespace Stats.Etl.Synthetic;

/// <summary>
/// The idauthority-decisions return: ';'-separated, one row per quarter begun so far (Q1–Q4) and the year row "Jahr",
/// one column per age group × outcome as the contract's "wide" map says, then the outcome totals and "Insgesamt".
/// Every figure is exact: the authority reports to the rapporteur, not to the public.
/// </summary>
internal static class IdentificationDecisionsFormat
{
    public const char Delimiter = ';';

    public const string AnnualRow = "Jahr";

    /// <summary>Delivered column → (age_group, id_outcome) with _T for "any", in the order of the file.</summary>
    public static readonly (string Column, string AgeGroup, string Outcome)[] Counts =
    [
        ("Erwachsene positiv", "Y_GE18", "POSITIVE"), ("Erwachsene negativ", "Y_GE18", "NEGATIVE"),
        ("Kinder positiv", "Y_LT18", "POSITIVE"), ("Kinder negativ", "Y_LT18", "NEGATIVE"),
        ("Alter unbekannt positiv", "UNK", "POSITIVE"), ("Alter unbekannt negativ", "UNK", "NEGATIVE"),
        ("Positiv gesamt", "_T", "POSITIVE"), ("Negativ gesamt", "_T", "NEGATIVE"), ("Insgesamt", "_T", "_T"),
    ];

    public static readonly string[] Header = ["Jahr", "Quartal", .. Counts.Select(c => c.Column)];

    /// <summary>Quarters that have begun by the end of the window (a return for the current year is year to date).</summary>
    public static int Quarters(ReferenceWindow window) => ((window.End.Month - 1) / 3) + 1;

    public static List<string[]> Rows(IReadOnlyList<IdentificationDecision> decisions, ReferenceWindow window)
    {
        var year = window.Year.ToString(CultureInfo.InvariantCulture);
        var rows = Enumerable.Range(1, Quarters(window))
            .Select(q => Row(year, "Q" + q.ToString(CultureInfo.InvariantCulture), decisions.Where(d => d.Quarter == q)))
            .ToList();
        rows.Add(Row(year, AnnualRow, decisions));
        return rows;
    }

    public static bool Matches(IdentificationDecision decision, string ageGroup, string outcome) =>
        (ageGroup == "_T" || decision.AgeGroup == ageGroup) && (outcome == "_T" || decision.Outcome == outcome);

    private static string[] Row(string year, string period, IEnumerable<IdentificationDecision> decisions)
    {
        var inPeriod = decisions.ToList();
        return [year, period, .. Counts.Select(c => inPeriod.Count(d => Matches(d, c.AgeGroup, c.Outcome)).ToString(CultureInfo.InvariantCulture))];
    }
}
