namespace Stats.Etl.Tests.Intake;

/// <summary>Builds police-victims deliveries (';' delimited, dd.MM.yyyy) from rows of the contract's columns.</summary>
internal static class PoliceVictimsFile
{
    public const string Header = "case_ref;person_pseudonym;detected_on;identified_on;victim_category;gender;age;nationality;district_nuts;exploitation;sector;cross_border";

    public static string Of(params string[] rows) => Header + "\n" + string.Join("\n", rows) + "\n";

    /// <summary>A row that passes every rule; <paramref name="n"/> picks its linkage key and case number.</summary>
    public static string[] Good(int n, string key) =>
        [$"P-{n}", key, "05.03.2024", "12.03.2024", "identified", "w", "34", "RO", "AT13", "sexual|labour", "", "yes"];

    public static string Line(string[] cells) => string.Join(";", cells);
}
