using Stats.Warehouse.Publish;
using Stats.Warehouse.Reports;
using Stats.Warehouse.Tests.Support;
using Stats.Warehouse.Vintages;

namespace Stats.Warehouse.Tests;

/// <summary>The summary read from a published snapshot equals the hand counts of <see cref="Fixtures"/>.</summary>
public sealed class SummaryReportTests
{
    [Fact]
    public async Task Summary_of_2023_matches_the_hand_counts()
    {
        await using var wh = await TempWarehouse.CreateAsync();
        await Fixtures.VictimsAsync(wh.Staging);
        await Fixtures.JusticeAsync(wh.Staging);
        var published = await new Publisher(wh.Database, TimeProvider.System).PublishAsync(wh.Writer, null, CancellationToken.None);
        await using var snapshot = await new VintageStore(wh.Options).OpenReadOnlyAsync(published.Vintage!, CancellationToken.None);

        var s = await SummaryReport.ReadAsync(snapshot, 2023, CancellationToken.None);

        s.Year.Should().Be(2023);
        s.RegistrationsByAgency.Should().Equal(new CodeCount("NGO1", 3), new CodeCount("NRM", 4), new CodeCount("POL", 5));
        s.Registrations.Should().Be(12);
        s.Persons.Should().Be(6);
        s.PersonsByHighestStatus.Should().Equal(new CodeCount("IDENT", 2), new CodeCount("PRES", 3), new CodeCount("REF", 1));
        s.RegisteredVictims.Should().Be(5);
        s.DuplicateRegistrationsRemoved.Should().Be(6);
        s.Overlap.Should().Equal(
            new OverlapRow("NGO1", 1, 1), new OverlapRow("POL", 1, 1), new OverlapRow("NGO1+NRM", 2, 1),
            new OverlapRow("NRM+POL", 2, 2), new OverlapRow("NGO1+NRM+POL", 3, 1));
        s.Justice.Should().Equal(
            new JusticeStageCount("PER_SUSP", 3, 2), new JusticeStageCount("PER_PRSC", 3, 2), new JusticeStageCount("PER_CNV", 3, 3),
            new JusticeStageCount("PER_CNV_FIN", 1, 2), new JusticeStageCount("PER_ACQ", 1, 1));
        s.RegisteredVictimsBySex.Should().Equal(new CodeCount("F", 3), new CodeCount("M", 2));
        s.RegisteredVictimsByCitizenshipGroup.Should().Equal(new CodeCount("EU_FOR", 1), new CodeCount("NAT", 1), new CodeCount("NEU_FOR", 3));
        s.RegisteredVictimsByMainForm.Should().Equal(new CodeCount("BEG", 1), new CodeCount("DOM", 1), new CodeCount("SEX", 3));
        s.ChildVictims.Should().Be(1);
        s.AssistanceEpisodes.Should().Be(3);
        s.ImmigrationDecisions.Should().Be(1);
    }

    [Fact]
    public async Task Summary_of_2022_and_2024_see_only_their_own_year()
    {
        await using var wh = await TempWarehouse.CreateAsync();
        await Fixtures.VictimsAsync(wh.Staging);
        await Fixtures.JusticeAsync(wh.Staging);
        var published = await new Publisher(wh.Database, TimeProvider.System).PublishAsync(wh.Writer, null, CancellationToken.None);
        await using var snapshot = await new VintageStore(wh.Options).OpenReadOnlyAsync(published.Vintage!, CancellationToken.None);

        var y2022 = await SummaryReport.ReadAsync(snapshot, 2022, CancellationToken.None);
        y2022.Registrations.Should().Be(1);
        y2022.PersonsByHighestStatus.Should().Equal(new CodeCount("IDENT", 0), new CodeCount("PRES", 0), new CodeCount("REF", 1));
        y2022.RegisteredVictims.Should().Be(0);
        y2022.Overlap.Should().Equal(new OverlapRow("NGO1", 1, 1));
        y2022.AssistanceEpisodes.Should().Be(1);

        var y2024 = await SummaryReport.ReadAsync(snapshot, 2024, CancellationToken.None);
        y2024.Persons.Should().Be(0);
        y2024.Justice.Single(j => j.StageCode == "PER_CNV_FIN").Should().Be(new JusticeStageCount("PER_CNV_FIN", 1, 1));
        y2024.Justice.Where(j => j.StageCode != "PER_CNV_FIN").Should().OnlyContain(j => j.Persons == 0 && j.Cases == 0);
        y2024.ImmigrationDecisions.Should().Be(1);
    }
}
