using System.Globalization;
using Stats.Core.Linkage;

namespace Stats.Etl.Synthetic;

/// <summary>Creates the synthetic victims and their registrations at the three victim-registering agencies.</summary>
internal sealed class PopulationBuilder(ReferenceWindow window, LinkageKeyDeriver deriver, int seed)
{
    private readonly HashSet<string> _identities = new(StringComparer.Ordinal);

    public List<VictimRegistration> Build(int persons)
    {
        var random = SeededRandom.For(seed, "population");
        var months = MonthWeights(random);
        var plans = RegistrationPlan.Create(persons, random);
        var decks = new PersonDecks(
            new Deck<string>(Distributions.Sex, persons, random),
            new Deck<(int, int)>(Distributions.AgeBands, persons, random),
            new Deck<string>(Distributions.CitizenshipGroup, persons, random));
        var registrations = new List<VictimRegistration>();
        for (var number = 1; number <= persons; number++)
        {
            var plan = plans[number - 1];
            var first = RegistrationDate(random, months);
            var person = CreatePerson(number, first, plan.Any(p => p.Agency == "NGO1"), decks, random);
            var date = first;
            for (var i = 0; i < plan.Count; i++)
            {
                if (i > 0)
                {
                    date = window.Cap(date.AddDays(random.Next(0, 121)));
                }

                var (agency, inRowRules) = plan[i];
                var status = random.Weighted(Distributions.Status(agency));
                DateOnly? identified = status == "IDENT" && agency != "NGO1" ? window.Cap(date.AddDays(random.Next(0, 46))) : null;
                var recorded = SpellingVariants.Record(person, agency, vary: i > 0, random);
                registrations.Add(new VictimRegistration(person, agency, status, date, identified, recorded, deriver.Derive(recorded), inRowRules));
            }
        }

        return registrations;
    }

    /// <summary>Claims a key for a new synthetic person; false when another person (victim or offender) already has it.</summary>
    public bool Reserve(string key) => _identities.Add(key);

    private SyntheticPerson CreatePerson(int number, DateOnly firstRegistration, bool atNgo, PersonDecks decks, Random random)
    {
        var sex = decks.Sex.Draw();
        var (minAge, maxAge) = decks.AgeBand.Draw();
        var age = random.Next(minAge, maxAge + 1);
        var group = decks.CitizenshipGroup.Draw();
        var citizenship = group switch
        {
            "NAT" => "AT",
            "EU_FOR" => random.Weighted(Distributions.EuCountries),
            "NEU_FOR" => random.Weighted(Distributions.NonEuCountries),
            _ => null,
        };
        var (pool, countryOfBirth) = Origin(citizenship, random);
        var forms = Forms(sex, atNgo, random);
        string surname;
        string given;
        DateOnly birth;
        do
        {
            surname = pool.Surname(random, sex);
            given = pool.GivenName(random, sex);
            birth = firstRegistration.AddYears(-age).AddDays(-random.Next(0, 365));
        }
        while (!Reserve(deriver.Derive(new QuasiIdentifiers(surname, given, birth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), sex, countryOfBirth))));

        var trafficking = citizenship switch
        {
            "AT" => random.Weighted<string>([("INTERNAL", 85), ("TRANSNATIONAL", 10), ("UNK", 5)]),
            null => random.Weighted<string>([("TRANSNATIONAL", 40), ("UNK", 60)]),
            _ => random.Weighted<string>([("TRANSNATIONAL", 95), ("UNK", 5)]),
        };
        var sector = forms.Contains("LAB") ? random.Weighted(Distributions.LabourSectors) : forms.Contains("DOM") ? "T" : null;
        return new SyntheticPerson(
            number, surname, given, birth, sex, countryOfBirth, citizenship, AgeOn(birth, firstRegistration), forms,
            random.Weighted(Distributions.Regions), trafficking, sector,
            Unaccompanied: age < 18 && citizenship is not null and not "AT" && random.Chance(0.4),
            ExploitationCountry: random.Weighted<string>([("AT", 90), ("DE", 4), ("IT", 3), ("HU", 3)]));
    }

    private static (NamePool Pool, string CountryOfBirth) Origin(string? citizenship, Random random)
    {
        switch (citizenship)
        {
            case "AT":
                var origin = random.Weighted(Distributions.AustrianNameOrigin);
                return (NamePools.For(origin), origin == "AT" || random.Chance(0.5) ? "AT" : origin);
            case null:
                var pool = random.Pick(NamePools.All);
                return (pool, random.Chance(0.6) ? pool.Country : "UNK");
            default:
                return (NamePools.For(citizenship), random.Chance(0.95) ? citizenship : "AT");
        }
    }

    /// <summary>One form, or two for about one person in ten; NGO (HTCDS) has no code for forced criminality or unknown.</summary>
    private static string[] Forms(string sex, bool atNgo, Random random)
    {
        var table = sex switch { "F" => Distributions.FemaleForms, "M" => Distributions.MaleForms, _ => Distributions.OtherForms };
        string first;
        do
        {
            first = random.Weighted(table);
        }
        while (atNgo && first is "CRIM" or "UNK");

        var forms = new List<string> { first };
        if (first != "UNK" && random.Chance(0.12))
        {
            var second = random.Pick(Distributions.SecondForms);
            if (second != first && !(atNgo && second == "CRIM"))
            {
                forms.Add(second);
            }
        }

        return [.. forms.OrderBy(f => Array.IndexOf(Distributions.FormPrecedence, f))];
    }

    private DateOnly RegistrationDate(Random random, double[] months)
    {
        var weights = Enumerable.Range(window.Start.Month, window.End.Month - window.Start.Month + 1).Select(m => (m, months[m - 1])).ToArray();
        var month = random.Weighted(weights);
        var first = new DateOnly(window.Year, month, 1);
        return window.Cap(random.Between(first, first.AddMonths(1).AddDays(-1)));
    }

    private static double[] MonthWeights(Random random) =>
        [.. Distributions.MonthWeights.Select(w => w * (0.8 + (0.4 * random.NextDouble())))];

    internal static int AgeOn(DateOnly birth, DateOnly date)
    {
        var age = date.Year - birth.Year;
        return birth.AddYears(age) > date ? age - 1 : age;
    }
}
