using Stats.Etl.Synthetic;

namespace Stats.Etl.Tests.Synthetic;

/// <summary>The ground truth must hold together, and must equal what an independent count of the files gives.</summary>
public sealed class GroundTruthTests(GeneratedYear year) : IClassFixture<GeneratedYear>
{
    private readonly IndependentCount _count = new(year.Directory, GeneratedYear.Year);

    [Fact]
    public void Ground_truth_is_internally_consistent()
    {
        var t = year.Truth;
        t.Year.Should().Be(GeneratedYear.Year);
        t.Seed.Should().Be(GeneratedYear.Seed);
        t.Overlap.Sum(o => o.Persons).Should().Be(t.DistinctPersons);
        t.Registrations.Values.Sum().Should().Be(t.DistinctPersons + t.DuplicateRegistrations);
        t.PersonsByHighestStatus.Values.Sum().Should().Be(t.DistinctPersons);
        t.RegisteredVictims.Should().Be(t.PersonsByHighestStatus["IDENT"] + t.PersonsByHighestStatus["PRES"]);
        t.RegisteredVictimsBySex.Values.Sum().Should().Be(t.RegisteredVictims);
        t.RegisteredVictimsByMainForm.Values.Sum().Should().Be(t.RegisteredVictims);
        t.RegisteredVictimsByCitizenshipGroup.Values.Sum().Should().Be(t.RegisteredVictims);
        t.ChildRegisteredVictims.Should().BeLessThan(t.RegisteredVictims);
        t.Overlap.Should().OnlyContain(o => o.Agencies.SequenceEqual(o.Agencies.Order(StringComparer.Ordinal)));

        var j = t.Justice;
        j.ProsecutedPersons.Should().BeLessThanOrEqualTo(j.SuspectedPersons);
        (j.ConvictedPersons + j.AcquittedPersons).Should().BeLessThanOrEqualTo(j.ProsecutedPersons + 1, "a person may be convicted in one case and acquitted in another");
        j.FinalConvictedPersons.Should().BeLessThanOrEqualTo(j.ConvictedPersons);
        j.Cases.Prosecuted.Should().BeLessThanOrEqualTo(j.Cases.Suspected);
        j.Cases.FinalConvicted.Should().BeLessThanOrEqualTo(j.Cases.Convicted);

        t.Deliveries.Select(d => d.File).Should().OnlyHaveUniqueItems();
        t.Deliveries.Where(d => d.Expected == "loaded" && d.Contract is "police-victims" or "socialcare-nrm" or "ngo-htcds")
            .Sum(d => d.RowsLoaded).Should().Be(t.Registrations.Values.Sum());
        t.Deliveries.Sum(d => d.ChildRowsLoaded.GetValueOrDefault("assistance")).Should().Be(t.AssistanceEpisodes);
        t.Deliveries.Sum(d => d.ChildRowsLoaded.GetValueOrDefault("immigration")).Should().Be(t.ImmigrationDecisions);
    }

    [Fact]
    public void Ground_truth_file_reads_back_equal_to_the_returned_object()
    {
        var read = GroundTruth.Read(year.Result.GroundTruthPath);
        read.Should().BeEquivalentTo(year.Truth);
        File.ReadAllText(year.Result.GroundTruthPath).Should().Contain("\"registeredVictims\"").And.Contain("\"quarantinedByRule\"");
    }

    [Fact]
    public void Victim_figures_equal_an_independent_count_of_the_delivered_files()
    {
        var t = year.Truth;
        var highest = _count.HighestStatus();
        var registered = _count.RegisteredVictims();

        _count.Victims.GroupBy(v => v.Agency).ToDictionary(g => g.Key, g => g.Count()).Should().BeEquivalentTo(t.Registrations);
        highest.Should().HaveCount(t.DistinctPersons, "normalisation makes every spelling of a person give one key");
        highest.Values.GroupBy(s => s).ToDictionary(g => g.Key, g => g.Count()).Should().BeEquivalentTo(t.PersonsByHighestStatus.Where(kv => kv.Value > 0));
        registered.Should().HaveCount(t.RegisteredVictims);
        registered.GroupBy(v => v.Sex).ToDictionary(g => g.Key, g => g.Count()).Should().BeEquivalentTo(t.RegisteredVictimsBySex.Where(kv => kv.Value > 0));
        registered.Count(v => v.Age < 18).Should().Be(t.ChildRegisteredVictims);
        registered.GroupBy(IndependentCount.MainForm).ToDictionary(g => g.Key, g => g.Count())
            .Should().BeEquivalentTo(t.RegisteredVictimsByMainForm.Where(kv => kv.Value > 0));
        registered.GroupBy(IndependentCount.CitizenshipGroup).ToDictionary(g => g.Key, g => g.Count())
            .Should().BeEquivalentTo(t.RegisteredVictimsByCitizenshipGroup.Where(kv => kv.Value > 0));

        var overlap = _count.Victims.GroupBy(v => v.Key)
            .Select(g => string.Join(',', g.Select(v => v.Agency).Distinct().Order(StringComparer.Ordinal)))
            .GroupBy(a => a).ToDictionary(g => g.Key, g => g.Count());
        overlap.Should().BeEquivalentTo(t.Overlap.ToDictionary(o => string.Join(',', o.Agencies), o => o.Persons));
    }

    [Fact]
    public void Every_person_has_the_same_sex_age_citizenship_and_forms_at_every_agency()
    {
        foreach (var person in _count.Victims.GroupBy(v => v.Key))
        {
            person.Select(v => (v.Sex, v.Age, v.Citizenship ?? string.Empty, string.Join('+', v.Forms))).Distinct().Should().ContainSingle();
        }
    }

    [Fact]
    public void Justice_and_social_care_figures_equal_an_independent_count()
    {
        var j = year.Truth.Justice;
        static int Persons(List<(string Case, string Person)> rows) => rows.Select(r => r.Person).Distinct().Count();
        static int Cases(List<(string Case, string Person)> rows) => rows.Select(r => r.Case).Distinct().Count();

        (Persons(_count.Suspects), Persons(_count.Prosecuted), Persons(_count.Convicted), Persons(_count.FinalConvicted), Persons(_count.Acquitted))
            .Should().Be((j.SuspectedPersons, j.ProsecutedPersons, j.ConvictedPersons, j.FinalConvictedPersons, j.AcquittedPersons));
        (Cases(_count.Suspects), Cases(_count.Prosecuted), Cases(_count.Convicted), Cases(_count.FinalConvicted), Cases(_count.Acquitted))
            .Should().Be((j.Cases.Suspected, j.Cases.Prosecuted, j.Cases.Convicted, j.Cases.FinalConvicted, j.Cases.Acquitted));
        _count.Prosecuted.Select(p => p.Person).Should().BeSubsetOf(_count.Suspects.Select(s => s.Person));
        _count.AssistanceEpisodes.Should().Be(year.Truth.AssistanceEpisodes);
        _count.ImmigrationDecisions.Should().Be(year.Truth.ImmigrationDecisions);
    }
}
