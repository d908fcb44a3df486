namespace Stats.Etl.Synthetic;

/// <summary>
/// The court-registry-convictions workbook: one row per sex × form category, with the registry's own totals
/// (Insgesamt) over sex for each category, over categories for each sex, and the grand total. Sexes are weiblich,
/// männlich, unbekannt and divers when anyone is; every category of the contract is listed, in its order, with 0 when
/// nobody falls in it (a published table lists its categories: an absent row would be "not available", not zero).
/// Cells of 1–4 persons are written "&lt;5", the registry's publication rule.
/// </summary>
internal static class CourtRegistryTable
{
    public const string Sheet = "Verurteilungen";

    public const string CensoredToken = "<5";

    private const string Total = "Insgesamt";

    public static readonly string[] Header = ["Jahr", "Geschlecht", "Ausbeutungsform", "Verurteilte Personen"];

    /// <summary>Registry category (forms joined with '+') → delivered label, as in the contract's code map.</summary>
    public static readonly (string Category, string Label)[] Categories =
    [
        ("SEX", "Sexuelle Ausbeutung"), ("LAB", "Arbeitsausbeutung"), ("SEX+LAB", "Sexuelle & Arbeitsausbeutung"),
        ("LAB+DOM+CRIM", "Arbeit, Haushalt & Straftaten"), ("DOM", "Haushalt"), ("CRIM", "Straftaten"), ("BEG", "Bettelei"),
        ("OTH", "sonstige"), ("UNK", "nicht angegeben"),
    ];

    public static List<RegistryCell> Cells(IReadOnlyList<RegistryPerson> persons)
    {
        string[] sexes = [.. new[] { "F", "M", "X", "UNK" }.Where(s => s != "X" || persons.Any(p => p.Sex == "X")), "_T"];
        string[] categories = [.. Categories.Select(c => c.Category), "_T"];
        var unknown = persons.FirstOrDefault(p => !categories.Contains(p.Category));
        if (unknown is not null)
        {
            throw new InvalidOperationException($"The court registry has no category for the forms {unknown.Category}.");
        }

        return [.. categories.SelectMany(c => sexes.Select(s =>
            new RegistryCell(s, c, persons.Count(p => (s == "_T" || p.Sex == s) && (c == "_T" || p.Category == c)))))];
    }

    public static byte[] Workbook(IEnumerable<RegistryCell> cells, int year) => XlsxFile.Build(Sheet, Header, Rows(cells, year));

    /// <summary>The year and counts as numeric cells, "&lt;5" as text.</summary>
    private static List<Dictionary<string, object?>> Rows(IEnumerable<RegistryCell> cells, int year) =>
    [
        .. cells.Select(cell => new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["Jahr"] = year,
            ["Geschlecht"] = cell.Sex == "_T" ? Total : AgencyCodes.CourtSex[cell.Sex],
            ["Ausbeutungsform"] = cell.Category == "_T" ? Total : Categories.Single(c => c.Category == cell.Category).Label,
            ["Verurteilte Personen"] = cell.IsCensored ? CensoredToken : cell.Persons,
        }),
    ];
}
