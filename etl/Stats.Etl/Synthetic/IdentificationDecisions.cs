namespace Stats.Etl.Synthetic;

/// <summary>
/// The identification authority's decisions of the year, derived from the generated persons: a positive decision for
/// every person whose highest status is identified, on their earliest identification (NGO registrations carry no
/// identification date: their registration date stands in); a negative decision for about a quarter of the persons
/// who stayed presumed or referred, 1–90 days after their first registration. Draws come from their own stream, so
/// the persons and every other delivery stay as they were.
/// </summary>
internal static class IdentificationDecisions
{
    private const double NegativeShare = 0.25;

    public static List<IdentificationDecision> Build(IReadOnlyList<VictimRegistration> registrations, ReferenceWindow window, int seed)
    {
        var random = SeededRandom.For(seed, "identification-decisions");
        var decisions = new List<IdentificationDecision>();
        foreach (var person in registrations.GroupBy(r => r.Person.Number).OrderBy(g => g.Key))
        {
            var identified = person.Where(r => r.Status == "IDENT").ToList();
            if (identified.Count > 0)
            {
                decisions.Add(Decision(person.First().Person, identified.Min(r => r.IdentifiedOn ?? r.RegisteredOn), "POSITIVE"));
                continue;
            }

            var first = person.Min(r => r.RegisteredOn);
            if (random.Chance(NegativeShare) && first < window.End)
            {
                var date = random.Between(first.AddDays(1), window.Cap(first.AddDays(90)));
                decisions.Add(Decision(person.First().Person, date, "NEGATIVE"));
            }
        }

        return decisions;
    }

    /// <summary>The age group at the decision; the generated persons all have a known date of birth, so UNK stays empty.</summary>
    private static IdentificationDecision Decision(SyntheticPerson person, DateOnly date, string outcome) =>
        new(person.Number, date, PopulationBuilder.AgeOn(person.DateOfBirth, date) < 18 ? "Y_LT18" : "Y_GE18", outcome);
}
