namespace Stats.Etl.Synthetic;

/// <summary>
/// The persons of the court registry's yearly table: each person convicted at first instance in the year, once (at
/// the earliest conviction), with their sex and the form of that case. The registry records every form of a judgment
/// where the court decisions extract has one: for about a fifth of the persons whose form belongs to one of the
/// registry's two combined categories, the set becomes that combination ({SEX, LAB} or {LAB, DOM, CRIM}). Forms the
/// registry has no category for (forced marriage, illegal adoption, surrogacy, organ removal) fall under "sonstige".
/// </summary>
internal static class CourtRegistry
{
    private const double CombinedShare = 0.2;

    private static readonly string[] SexualAndLabour = ["SEX", "LAB"];
    private static readonly string[] LabourDomesticCriminal = ["LAB", "DOM", "CRIM"];

    public static List<RegistryPerson> Persons(IReadOnlyList<JusticeCase> cases, int seed)
    {
        var random = SeededRandom.For(seed, "court-registry");
        return [.. cases
            .SelectMany(c => c.Suspects.Where(s => s.Decision?.Stage == "PER_CNV").Select(s => (Case: c, Suspect: s)))
            .GroupBy(x => x.Suspect.Offender.Number)
            .OrderBy(g => g.Key)
            .Select(g => g.OrderBy(x => x.Suspect.Decision!.Date).ThenBy(x => x.Case.Number).First())
            .Select(x => new RegistryPerson(x.Suspect.Offender.Number, x.Suspect.Offender.Sex, Forms(x.Case.Form, random)))];
    }

    private static string[] Forms(string caseForm, Random random)
    {
        // Drawn for every person, so that which persons get a combined set does not depend on the others' forms.
        var combined = random.Chance(CombinedShare);
        var pick = random.Chance(0.5);
        var form = caseForm is "MAR" or "ADO" or "SUR" or "ORG" ? "OTH" : caseForm;
        return (combined, form) switch
        {
            (true, "SEX") => SexualAndLabour,
            (true, "LAB") => pick ? SexualAndLabour : LabourDomesticCriminal,
            (true, "DOM" or "CRIM") => LabourDomesticCriminal,
            _ => [form],
        };
    }
}
