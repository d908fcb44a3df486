using Stats.Etl.Synthetic;
using Stats.Warehouse.Reports;

namespace Stats.Host.Output;

/// <summary>
/// Lines up the figures read from the published vintage with the generator's ground truth, which the
/// generator computed from the persons it created, not from the warehouse.
/// </summary>
internal static class SummaryComparison
{
    private static readonly (string Stage, string Label, Func<JusticeTruth, int> Persons, Func<JusticeStageCounts, int> Cases)[] Stages =
    [
        ("PER_SUSP", "suspected", j => j.SuspectedPersons, c => c.Suspected),
        ("PER_PRSC", "prosecuted", j => j.ProsecutedPersons, c => c.Prosecuted),
        ("PER_CNV", "convicted (first instance)", j => j.ConvictedPersons, c => c.Convicted),
        ("PER_CNV_FIN", "final convictions", j => j.FinalConvictedPersons, c => c.FinalConvicted),
        ("PER_ACQ", "acquitted", j => j.AcquittedPersons, c => c.Acquitted),
    ];

    public static IReadOnlyList<FigureCheck> Compare(WarehouseSummary summary, GroundTruth? truth)
    {
        var checks = new List<FigureCheck>();
        void Add(string group, string figure, long warehouse, long? expected) => checks.Add(new FigureCheck(group, figure, warehouse, expected));

        var agencies = summary.RegistrationsByAgency.Select(c => c.Code).Union(truth?.Registrations.Keys ?? []).Order(StringComparer.Ordinal);
        foreach (var agency in agencies)
        {
            Add("Registrations per agency", agency, Count(summary.RegistrationsByAgency, agency), truth is null ? null : truth.Registrations.GetValueOrDefault(agency));
        }

        Add("Registrations per agency", "all registrations", summary.Registrations, truth?.Registrations.Values.Sum());
        Add("Persons (each once, highest status)", "distinct persons", summary.Persons, truth?.DistinctPersons);
        foreach (var status in new[] { "IDENT", "PRES", "REF" })
        {
            Add("Persons (each once, highest status)", status, Count(summary.PersonsByHighestStatus, status), truth?.PersonsByHighestStatus.GetValueOrDefault(status));
        }

        Add("Persons (each once, highest status)", "registered victims (IDENT+PRES)", summary.RegisteredVictims, truth?.RegisteredVictims);
        Add("Persons (each once, highest status)", "duplicate registrations removed", summary.DuplicateRegistrationsRemoved, truth?.DuplicateRegistrations);

        var overlaps = summary.Overlap.Select(o => o.Agencies)
            .Union(truth?.Overlap.Select(o => string.Join('+', o.Agencies)) ?? [])
            .OrderBy(a => a.Count(c => c == '+')).ThenBy(a => a, StringComparer.Ordinal);
        foreach (var combination in overlaps)
        {
            var expected = truth?.Overlap.FirstOrDefault(o => string.Join('+', o.Agencies) == combination)?.Persons ?? (truth is null ? (long?)null : 0);
            Add("Agency overlap (persons on exactly these lists)", combination, summary.Overlap.FirstOrDefault(o => o.Agencies == combination)?.Persons ?? 0, expected);
        }

        foreach (var (stage, label, persons, cases) in Stages)
        {
            var found = summary.Justice.FirstOrDefault(j => j.StageCode == stage);
            Add("Criminal justice (persons / cases)", label + ": persons", found?.Persons ?? 0, truth is null ? null : persons(truth.Justice));
            Add("Criminal justice (persons / cases)", label + ": cases", found?.Cases ?? 0, truth is null ? null : cases(truth.Justice.Cases));
        }

        AddBreakdown(checks, "Registered victims by sex", summary.RegisteredVictimsBySex, truth?.RegisteredVictimsBySex);
        AddBreakdown(checks, "Registered victims by citizenship group", summary.RegisteredVictimsByCitizenshipGroup, truth?.RegisteredVictimsByCitizenshipGroup);
        AddBreakdown(checks, "Registered victims by main form", summary.RegisteredVictimsByMainForm, truth?.RegisteredVictimsByMainForm);
        Add("Registered victims", "children (under 18)", summary.ChildVictims, truth?.ChildRegisteredVictims);
        Add("Assistance and immigration", "assistance episodes", summary.AssistanceEpisodes, truth?.AssistanceEpisodes);
        Add("Assistance and immigration", "immigration decisions", summary.ImmigrationDecisions, truth?.ImmigrationDecisions);
        return checks;
    }

    private static void AddBreakdown(List<FigureCheck> checks, string group, IReadOnlyList<CodeCount> found, IReadOnlyDictionary<string, int>? expected)
    {
        var codes = found.Select(c => c.Code).Union(expected?.Keys ?? []).Order(StringComparer.Ordinal);
        foreach (var code in codes)
        {
            checks.Add(new FigureCheck(group, code, Count(found, code), expected is null ? null : expected.GetValueOrDefault(code)));
        }
    }

    private static long Count(IReadOnlyList<CodeCount> counts, string code) => counts.FirstOrDefault(c => c.Code == code)?.Count ?? 0;
}
