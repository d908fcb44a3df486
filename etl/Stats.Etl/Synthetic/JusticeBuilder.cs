using System.Globalization;
using Stats.Core.Linkage;

namespace Stats.Etl.Synthetic;

/// <summary>
/// Builds the justice pipeline with its attrition: suspects ≈ 0.82–0.97 × registered victims in cases of 1–3, half
/// the cases prosecuted (90 % of their suspects indicted, so ≈ 45 % of suspects), of the indicted 55 % convicted and
/// 20 % acquitted at first instance within the year, 75 % of convictions final; ~3 % of suspects appear in a second
/// case. Dates keep suspected ≤ indicted ≤ decision inside the window. Offender keys never collide with victims'.
/// </summary>
internal sealed class JusticeBuilder(ReferenceWindow window, LinkageKeyDeriver deriver, PopulationBuilder identities, int seed)
{
    public List<JusticeCase> Build(int registeredVictims)
    {
        var random = SeededRandom.For(seed, "justice");
        var target = Math.Max(3, (int)Math.Round(registeredVictims * (0.82 + (0.15 * random.NextDouble()))));
        var cases = new List<(JusticeCase Case, List<Offender> Offenders)>();
        var offenders = 0;
        while (offenders < target)
        {
            var size = Math.Min(target - offenders, random.Weighted<int>([(1, 45), (2, 30), (3, 25)]));
            cases.Add((NewCase(cases.Count + 1, random), [.. Enumerable.Range(0, size).Select(_ => NewOffender(++offenders, random))]));
        }

        // Exactly half the cases (rounded) go to the prosecution, so the prosecuted share does not swing with the seed.
        var order = Enumerable.Range(0, cases.Count).ToArray();
        random.Shuffle(order);
        var prosecuted = order.Take((int)Math.Round(cases.Count * 0.5)).ToHashSet();

        // Outcomes of the suspects in prosecuted cases, dealt from a deck: 10 % not indicted, 22.5 % indicted and
        // still pending, 49.5 % convicted, 18 % acquitted (of the indicted: 25 / 55 / 20 %).
        var outcomes = new Deck<int>([(0, 10), (1, 22.5), (2, 49.5), (3, 18)], prosecuted.Sum(i => cases[i].Offenders.Count), random);
        for (var i = 0; i < cases.Count; i++)
        {
            var (justiceCase, members) = cases[i];
            var stages = members.Select(_ => prosecuted.Contains(i) ? outcomes.Draw() : 0).ToList();
            var caseDate = CaseDate(random, stages.Max());
            for (var j = 0; j < members.Count; j++)
            {
                justiceCase.Suspects.Add(Suspect(members[j], caseDate, stages[j], random));
            }
        }

        // About 3 % of suspects are also suspects in a second case: persons are counted once, cases twice.
        var result = cases.Select(c => c.Case).ToList();
        foreach (var offender in cases.SelectMany(c => c.Offenders).Where(_ => random.Chance(0.03)).ToList())
        {
            var other = random.Pick(result);
            if (other.Suspects.All(s => s.Offender.Number != offender.Number))
            {
                other.Suspects.Add(Suspect(offender, CaseDate(random, 0), 0, random));
            }
        }

        return result;
    }

    /// <summary>The case date leaves room for the furthest stage any of its suspects reaches within the year.</summary>
    private DateOnly CaseDate(Random random, int outcome)
    {
        var room = outcome switch { 0 => 0, 1 => 40, _ => 100 };
        return random.Between(window.Start, window.End.AddDays(-room));
    }

    /// <summary>Outcome 0 = suspected only, 1 = indicted and pending, 2 = convicted, 3 = acquitted.</summary>
    private CaseSuspect Suspect(Offender offender, DateOnly caseDate, int outcome, Random random)
    {
        var suspected = window.Cap(caseDate.AddDays(random.Next(0, 8)));
        if (window.End.DayNumber - suspected.DayNumber < (outcome >= 2 ? 90 : 30))
        {
            outcome = 0; // a short partial year leaves no room for later stages
        }

        if (outcome == 0)
        {
            return new CaseSuspect(offender, suspected, null, null);
        }

        var indicted = random.Between(suspected.AddDays(14), Min(suspected.AddDays(150), window.End.AddDays(outcome >= 2 ? -30 : 0)));
        if (outcome == 1)
        {
            return new CaseSuspect(offender, suspected, indicted, null);
        }

        var date = random.Between(indicted.AddDays(30), Min(indicted.AddDays(240), window.End));
        var decision = outcome == 2 ? Conviction(date, random) : new CourtDecision("PER_ACQ", date, random.Chance(0.8), null, null, null);
        return new CaseSuspect(offender, suspected, indicted, decision);
    }

    private static CourtDecision Conviction(DateOnly date, Random random)
    {
        var type = random.Weighted<string>([("CUSTODIAL", 45), ("SUSPENDED", 35), ("FINE", 12), ("OTHER", 8)]);
        int? months = type switch
        {
            "CUSTODIAL" => random.Weighted<int>([(random.Next(6, 12), 10), (random.Next(12, 60), 60), (random.Next(60, 120), 25), (random.Next(120, 181), 5)]),
            "SUSPENDED" => random.Next(6, 25),
            _ => null,
        };
        decimal? compensation = random.Chance(0.3) ? random.Next(10, 500) * 50m : null;
        return new CourtDecision("PER_CNV", date, random.Chance(0.75), type, months, compensation);
    }

    private JusticeCase NewCase(int number, Random random)
    {
        var yy = (window.Year % 100).ToString("00", CultureInfo.InvariantCulture);
        return new JusticeCase(
            number,
            string.Create(CultureInfo.InvariantCulture, $"PK-{window.Year}-{number:D5}"),
            string.Create(CultureInfo.InvariantCulture, $"{10 + (number % 40)} St {number}/{yy}"),
            string.Create(CultureInfo.InvariantCulture, $"{1 + (number % 30)} Hv {number}/{yy}"),
            random.Weighted(Distributions.CaseForms));
    }

    private Offender NewOffender(int number, Random random)
    {
        var sex = random.Weighted(Distributions.OffenderSex);
        var citizenship = random.Weighted(Distributions.OffenderCitizenship);
        var pool = NamePools.For(citizenship);
        var age = random.Next(19, 66);
        while (true)
        {
            var birth = window.Start.AddYears(-age).AddDays(-random.Next(0, 365));
            var key = deriver.Derive(new QuasiIdentifiers(
                pool.Surname(random, sex), pool.GivenName(random, sex), birth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), sex, citizenship));
            if (identities.Reserve(key))
            {
                return new Offender(number, key, sex, age, citizenship);
            }
        }
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
