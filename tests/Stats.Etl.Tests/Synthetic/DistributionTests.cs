namespace Stats.Etl.Tests.Synthetic;

/// <summary>
/// The synthetic year must look like the published figures (domain.md §10) for any seed, within tolerances that a
/// population of a few hundred allows.
/// </summary>
public sealed class DistributionTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2024)]
    [InlineData(987654)]
    public void Figures_fall_in_realistic_ranges(int seed)
    {
        var directory = Directory.CreateTempSubdirectory("stats-gen-dist-").FullName;
        try
        {
            var t = GeneratedYear.Generate(seed, directory).GroundTruth;
            var count = new IndependentCount(directory, GeneratedYear.Year);
            var registrations = t.Registrations.Values.Sum();
            double Share(int part, int whole) => (double)part / whole;

            t.DistinctPersons.Should().Be(350);
            t.RegisteredVictims.Should().BeInRange(200, 330);
            Share(t.RegisteredVictimsBySex["F"], t.RegisteredVictims).Should().BeInRange(0.55, 0.70);
            Share(t.RegisteredVictimsBySex["X"], t.RegisteredVictims).Should().BeLessThan(0.04);
            Share(t.ChildRegisteredVictims, t.RegisteredVictims).Should().BeInRange(0.12, 0.26);
            Share(t.DuplicateRegistrations, registrations).Should().BeInRange(0.05, 0.10);
            Share(t.RegisteredVictimsByCitizenshipGroup["NAT"], t.RegisteredVictims).Should().BeInRange(0.30, 0.50);
            Share(t.RegisteredVictimsByCitizenshipGroup["EU_FOR"], t.RegisteredVictims).Should().BeInRange(0.17, 0.33);
            Share(t.RegisteredVictimsByCitizenshipGroup["NEU_FOR"], t.RegisteredVictims).Should().BeInRange(0.24, 0.42);
            t.RegisteredVictimsByCitizenshipGroup["UNK"].Should().BePositive();

            var sexual = t.RegisteredVictimsByMainForm["SEX"];
            var labour = t.RegisteredVictimsByMainForm["LAB"] + t.RegisteredVictimsByMainForm["DOM"];
            var other = t.RegisteredVictims - sexual - labour;
            Share(sexual, t.RegisteredVictims).Should().BeInRange(0.30, 0.50);
            Share(labour, t.RegisteredVictims).Should().BeInRange(0.28, 0.50);
            other.Should().BeLessThan(Math.Min(sexual, labour));

            var persons = count.Victims.GroupBy(v => v.Key).Select(g => g.First()).ToList();
            Share(persons.Count(p => p.Forms.Count > 1), persons.Count).Should().BeInRange(0.05, 0.16);

            var perMonth = count.Victims.GroupBy(v => v.RegisteredOn.Month).ToDictionary(g => g.Key, g => g.Count());
            perMonth.Should().HaveCount(12);
            ((double)perMonth.Values.Max() / perMonth.Values.Min()).Should().BeGreaterThan(1.2, "registrations vary from month to month");

            t.Overlap.Where(o => o.Agencies.Count > 1).Sum(o => o.Persons).Should().BePositive();
            count.Victims.GroupBy(v => (v.Key, v.Agency)).Should().Contain(g => g.Count() > 1, "a few persons are registered twice by one agency");
            StatusMix(count, "POL").Should().ContainKeys("REF", "IDENT");
            StatusMix(count, "NRM").Should().ContainKeys("PRES", "IDENT");
            StatusMix(count, "NGO1")["PRES"].Should().BeGreaterThan(StatusMix(count, "NGO1").GetValueOrDefault("IDENT"));

            var j = t.Justice;
            Share(j.SuspectedPersons, t.RegisteredVictims).Should().BeInRange(0.78, 1.02);
            Share(j.ProsecutedPersons, j.SuspectedPersons).Should().BeInRange(0.35, 0.55);
            Share(j.ConvictedPersons, j.ProsecutedPersons).Should().BeInRange(0.40, 0.70);
            Share(j.FinalConvictedPersons, j.ConvictedPersons).Should().BeInRange(0.55, 0.92);
            Share(j.AcquittedPersons, j.ProsecutedPersons).Should().BeInRange(0.10, 0.32);
            Share(j.SuspectedPersons, j.Cases.Suspected).Should().BeInRange(1.4, 2.3, "1–3 suspects per case");
        }
        finally
        {
            Directory.Delete(directory, true);
        }
    }

    private static Dictionary<string, int> StatusMix(IndependentCount count, string agency) =>
        count.Victims.Where(v => v.Agency == agency).GroupBy(v => v.Status).ToDictionary(g => g.Key, g => g.Count());
}
