namespace Stats.Etl.Synthetic;

/// <summary>Counts the ground truth from the generator's own model of persons, registrations and cases.</summary>
internal static class GroundTruthCalculator
{
    private static readonly string[] Agencies = ["POL", "NRM", "NGO1"];
    private static readonly string[] StatusOrder = ["IDENT", "PRES", "REF"];
    private static readonly string[] SexOrder = ["F", "M", "X", "UNK"];
    private static readonly string[] GroupOrder = ["NAT", "EU_FOR", "NEU_FOR", "UNK"];

    private static readonly string[] AgeGroups = ["Y_GE18", "Y_LT18", "UNK", "_T"];
    private static readonly string[] Outcomes = ["POSITIVE", "NEGATIVE", "_T"];

    public static GroundTruth Compute(ReferenceWindow window, int seed, GeneratedModel model, IReadOnlyList<DeliveryTruth> deliveries)
    {
        var (registrations, cases, decisions, registry) = model;
        var persons = registrations.GroupBy(r => r.Person.Number).ToList();
        var highest = persons.ToDictionary(g => g.Key, g => g.Select(r => r.Status).MinBy(s => Array.IndexOf(StatusOrder, s))!);
        var registered = persons.Where(g => highest[g.Key] is "IDENT" or "PRES").Select(g => g.First().Person).ToList();

        return new GroundTruth(
            window.Year,
            seed,
            Count(Agencies, registrations.Select(r => r.Agency)),
            persons.Count,
            Count(StatusOrder, highest.Values),
            registered.Count,
            registrations.Count - persons.Count,
            [.. persons
                .Select(g => string.Join(',', g.Select(r => r.Agency).Distinct().Order(StringComparer.Ordinal)))
                .GroupBy(a => a)
                .OrderBy(a => a.Key.Count(c => c == ',')).ThenBy(a => a.Key, StringComparer.Ordinal)
                .Select(a => new AgencyOverlap(a.Key.Split(','), a.Count()))],
            Count(SexOrder, registered.Select(p => p.Sex)),
            registered.Count(p => p.IsChild),
            Count(Distributions.FormPrecedence, registered.Select(p => p.Forms[0])),
            Count(GroupOrder, registered.Select(p => CitizenshipGroup(p.Citizenship))),
            Justice(cases),
            registrations.Sum(r => r.Services.Count),
            registrations.Sum(r => r.Decisions.Count),
            DecisionCounts(decisions, IdentificationDecisionsFormat.Quarters(window)),
            RegistryByMainForm(registry),
            deliveries);
    }

    public static string CitizenshipGroup(string? citizenship) => citizenship switch
    {
        null => "UNK",
        "AT" => "NAT",
        _ when SocialCareBuilder.IsEu(citizenship) => "EU_FOR",
        _ => "NEU_FOR",
    };

    private static JusticeTruth Justice(IReadOnlyList<JusticeCase> cases)
    {
        var rows = cases.SelectMany(c => c.Suspects.Select(s => (Case: c.Number, Suspect: s))).ToList();
        int Persons(Func<CaseSuspect, bool> stage) => rows.Where(x => stage(x.Suspect)).Select(x => x.Suspect.Offender.Number).Distinct().Count();
        int Cases(Func<CaseSuspect, bool> stage) => rows.Where(x => stage(x.Suspect)).Select(x => x.Case).Distinct().Count();
        static bool Suspected(CaseSuspect s) => true;
        static bool Prosecuted(CaseSuspect s) => s.IndictedOn is not null;
        static bool Convicted(CaseSuspect s) => s.Decision?.Stage == "PER_CNV";
        static bool Final(CaseSuspect s) => s.Decision is { Stage: "PER_CNV", IsFinal: true };
        static bool Acquitted(CaseSuspect s) => s.Decision?.Stage == "PER_ACQ";
        return new JusticeTruth(
            Persons(Suspected), Persons(Prosecuted), Persons(Convicted), Persons(Final), Persons(Acquitted),
            new JusticeStageCounts(Cases(Suspected), Cases(Prosecuted), Cases(Convicted), Cases(Final), Cases(Acquitted)));
    }

    private static List<IdentificationDecisionCount> DecisionCounts(IReadOnlyList<IdentificationDecision> decisions, int quarters) =>
    [
        .. from period in Enumerable.Range(0, quarters + 1)
           from age in AgeGroups
           from outcome in Outcomes
           select new IdentificationDecisionCount(
               period == 0 ? "A" : "Q", period, age, outcome,
               decisions.Count(d => (period == 0 || d.Quarter == period) && IdentificationDecisionsFormat.Matches(d, age, outcome))),
    ];

    /// <summary>
    /// The main form of a registry form set is its first (sets are in precedence order); the registry's category totals
    /// hold it. Forms that are no category's main form (MAR, ADO, SUR, ORG fall under "sonstige") are left out: the
    /// registry does not state them, so the warehouse must publish them as not available.
    /// </summary>
    private static Dictionary<string, int?> RegistryByMainForm(IReadOnlyList<RegistryPerson> registry)
    {
        var stated = CourtRegistryTable.Categories.Select(c => c.Category.Split('+')[0]).ToHashSet(StringComparer.Ordinal);
        var censored = CourtRegistryTable.Cells(registry)
            .Where(c => c.Sex == "_T" && c.Category != "_T" && c.IsCensored)
            .Select(c => c.Category.Split('+')[0])
            .ToHashSet(StringComparer.Ordinal);
        return Distributions.FormPrecedence.Where(stated.Contains).ToDictionary(
            form => form, form => censored.Contains(form) ? null : (int?)registry.Count(p => p.Forms[0] == form), StringComparer.Ordinal);
    }

    private static Dictionary<string, int> Count(IEnumerable<string> order, IEnumerable<string> values)
    {
        var counts = order.ToDictionary(o => o, _ => 0, StringComparer.Ordinal);
        foreach (var value in values)
        {
            counts[value]++;
        }

        return counts;
    }
}
