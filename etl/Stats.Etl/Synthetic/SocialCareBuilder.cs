namespace Stats.Etl.Synthetic;

/// <summary>
/// Adds what social care and the NGO record beyond the registration: 1–3 assistance episodes per NRM case (start on
/// or after registration, end after start or still running), immigration decisions for foreign citizens (reflection
/// periods and residence permits for non-EU citizens, some refused, a few protection decisions and assisted returns),
/// and at most one support service per NGO case. Nothing ends after the window.
/// </summary>
internal sealed class SocialCareBuilder(ReferenceWindow window, int seed)
{
    private static readonly (string, double)[] NrmServices =
        [("ACCOM", 30), ("PSYCH", 22), ("HEALTH", 15), ("LEGAL", 12), ("FIN", 6), ("INTERP", 6), ("EDU", 3), ("EMPL", 3), ("RETURN", 1), ("OTHER", 2)];

    private static readonly (string, double)[] NgoServices =
        [("LEGAL", 25), ("PSYCH", 25), ("HEALTH", 20), ("OTHER", 10), ("FIN", 8), ("EMPL", 7), ("EDU", 5)];

    private static readonly (string, double)[] PermitGrounds = [("COOPERATION", 45), ("PERSONAL", 30), ("HUMANITARIAN", 20), ("OTHER", 5)];

    private static readonly HashSet<string> EuMembers = new(StringComparer.Ordinal)
    {
        "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL",
        "PT", "RO", "SK", "SI", "ES", "SE",
    };

    public static bool IsEu(string country) => EuMembers.Contains(country);

    public void Apply(IEnumerable<VictimRegistration> registrations)
    {
        var random = SeededRandom.For(seed, "social-care");
        foreach (var registration in registrations)
        {
            if (registration.Agency == "NRM")
            {
                AddServices(registration, random);
                AddDecisions(registration, random);
            }
            else if (registration.Agency == "NGO1" && random.Chance(0.7))
            {
                var end = random.Chance(0.5) ? Ending(registration.RegisteredOn, random) : null;
                registration.Services.Add(new AssistanceEpisode(random.Weighted(NgoServices), registration.RegisteredOn, end));
            }
        }
    }

    private void AddServices(VictimRegistration registration, Random random)
    {
        var count = random.Weighted<int>([(1, 45), (2, 35), (3, 20)]);
        var types = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var type = random.Weighted(NrmServices);
            if (!types.Add(type))
            {
                continue;
            }

            var start = window.Cap(registration.RegisteredOn.AddDays(random.Next(0, 21)));
            registration.Services.Add(new AssistanceEpisode(type, start, random.Chance(0.65) ? Ending(start, random) : null));
        }
    }

    private void AddDecisions(VictimRegistration registration, Random random)
    {
        var citizenship = registration.Person.Citizenship;
        if (citizenship is null or "AT")
        {
            return;
        }

        var registered = registration.RegisteredOn;
        if (!IsEu(citizenship))
        {
            if (random.Chance(0.8))
            {
                Add(registration, "REFLECTION", random.Chance(0.85) ? "GRANTED" : "REFUSED", null, registered, 0, 30, random);
            }

            if (random.Chance(0.35))
            {
                var granted = random.Chance(0.85);
                Add(registration, "PERMIT_FIRST", granted ? "GRANTED" : "REFUSED", random.Weighted(PermitGrounds), registered, 10, 120, random);
                if (granted && random.Chance(0.1))
                {
                    Add(registration, "PERMIT_RENEWAL", "GRANTED", random.Weighted(PermitGrounds), registered, 150, 300, random);
                }
            }

            if (random.Chance(0.05))
            {
                Add(registration, "PROTECTION", random.Chance(0.6) ? "GRANTED" : "REFUSED", null, registered, 30, 200, random);
            }
        }

        if (random.Chance(0.04))
        {
            Add(registration, "RETURN", "GRANTED", null, registered, 20, 150, random);
        }
    }

    /// <summary>Adds the decision only when its earliest plausible date still falls inside the window.</summary>
    private void Add(VictimRegistration registration, string kind, string outcome, string? ground, DateOnly registered, int minDays, int maxDays, Random random)
    {
        var earliest = registered.AddDays(minDays);
        if (earliest > window.End)
        {
            return;
        }

        var date = random.Between(earliest, window.Cap(registered.AddDays(maxDays)));
        registration.Decisions.Add(new ImmigrationDecision(kind, outcome, ground, date));
    }

    private DateOnly? Ending(DateOnly start, Random random)
    {
        var end = start.AddDays(random.Next(7, 181));
        return end <= window.End ? end : null;
    }
}
