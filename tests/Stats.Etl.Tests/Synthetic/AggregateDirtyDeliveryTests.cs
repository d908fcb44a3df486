using Stats.Etl.Synthetic;

namespace Stats.Etl.Tests.Synthetic;

/// <summary>Issue 8: each broken aggregate return differs from its clean version by exactly the defect the ground truth claims.</summary>
public sealed class AggregateDirtyDeliveryTests(GeneratedYear year) : IClassFixture<GeneratedYear>
{
    [Fact]
    public void Revised_registry_table_raises_one_exact_sex_detail_beyond_its_margins_and_the_revision_threshold()
    {
        var clean = RegistryWorkbook.Read(year.Path("clean/court_registry_convictions_2024.xlsx"));
        var revised = RegistryWorkbook.Read(year.Path("dirty/court_registry_convictions_2024_revised.xlsx"));

        revised.Select(c => (c.Year, c.Sex, c.Form)).Should().Equal(clean.Select(c => (c.Year, c.Sex, c.Form)));
        var changed = clean.Zip(revised).Where(p => p.First != p.Second).ToList();
        changed.Should().ContainSingle();
        var (before, after) = changed[0];
        before.Sex.Should().NotBe("_T");
        before.Form.Should().NotBe("_T");
        before.Value.Should().NotBeNull("the raised cell was exact");
        var moved = after.Value!.Value - before.Value!.Value;
        moved.Should().BeGreaterThanOrEqualTo(Math.Max(5, (int)Math.Ceiling(0.25 * Math.Max(before.Value.Value, 1))));
        revised.Where(c => c.Sex == "_T").Should().Equal(clean.Where(c => c.Sex == "_T"), "J05 by form reads the Insgesamt-sex rows");

        // Raising a sex × form cell breaks its form's Insgesamt-sex row and its sex's Insgesamt-form row, nothing else.
        RegistryWorkbook.BrokenMargins(revised).Select(t => (t.Sex, t.Form)).Should().BeEquivalentTo([("_T", before.Form), (before.Sex, "_T")]);
        var truth = year.Truth.Deliveries.Single(d => d.File == "dirty/court_registry_convictions_2024_revised.xlsx");
        (truth.Expected, truth.Contract, truth.RowsLoaded, truth.CensoredCells).Should().Be(("loaded", "court-registry-convictions", revised.Count, revised.Count(c => c.Value is null)));
        truth.Findings.Should().BeEquivalentTo(new Dictionary<string, int> { ["margin"] = 2, ["revision"] = 1 });
        year.Truth.Deliveries.Select(d => d.File).Should().ContainInOrder("clean/court_registry_convictions_2024.xlsx", truth.File);
    }

    [Fact]
    public void Bad_count_delivery_spells_one_count_as_a_word()
    {
        var clean = DeliveryTable.ReadCsv(year.Path("clean/identification_decisions_2024.csv"), ';');
        var bad = DeliveryTable.ReadCsv(year.Path("dirty/identification_decisions_2024_bad_count.csv"), ';');

        bad.Columns.Should().Equal(clean.Columns);
        var differences = clean.Rows.Zip(bad.Rows).SelectMany(p => clean.Columns.Where(c => !Equals(p.First[c], p.Second[c])).Select(c => (c, p.Second[c]))).ToList();
        differences.Should().ContainSingle().Which.Should().Be(("Kinder positiv", (object?)"zwölf"));
        Expect("dirty/identification_decisions_2024_bad_count.csv", "invalid_count");
    }

    [Fact]
    public void Missing_column_delivery_lacks_only_the_children_negative_column()
    {
        var clean = DeliveryTable.ReadCsv(year.Path("clean/identification_decisions_2024.csv"), ';');
        var missing = DeliveryTable.ReadCsv(year.Path("dirty/identification_decisions_2024_missing_column.csv"), ';');

        clean.Columns.Except(missing.Columns).Should().Equal("Kinder negativ");
        missing.Columns.Should().BeSubsetOf(clean.Columns);
        missing.Rows.Zip(clean.Rows).Should().OnlyContain(p => missing.Columns.All(c => Equals(p.First[c], p.Second[c])));
        Expect("dirty/identification_decisions_2024_missing_column.csv", "missing_required_column");
    }

    [Fact]
    public void Registry_table_for_1990_lies_before_the_contract_period()
    {
        var clean = RegistryWorkbook.Read(year.Path("clean/court_registry_convictions_2024.xlsx"));
        var old = RegistryWorkbook.Read(year.Path("dirty/court_registry_convictions_1990.xlsx"));

        old.Should().Equal(clean.Select(c => c with { Year = 1990 }));
        RegistryWorkbook.Contract.FirstYear.Should().BeGreaterThan(1990);
        Expect("dirty/court_registry_convictions_1990.xlsx", "period_out_of_range");
    }

    [Fact]
    public void A_year_without_convictions_gets_a_full_table_of_zeros_and_a_revised_table_that_breaks_two_margins()
    {
        var directory = Directory.CreateTempSubdirectory("stats-gen-noconv-").FullName;
        try
        {
            var clock = new FixedTimeProvider(new DateTimeOffset(2026, 3, 15, 9, 0, 0, TimeSpan.Zero));
            var result = new DeliveryGenerator(clock).Generate(new GenerationOptions(2026, 3, directory) { Persons = 60 });
            result.GroundTruth.Justice.ConvictedPersons.Should().Be(0, "ten weeks leave no room for a judgment");

            var clean = RegistryWorkbook.Read(Path.Combine(directory, "clean/court_registry_convictions_2026.xlsx"));
            // Every category is listed (9 categories and Insgesamt) for F, M, UNK and Insgesamt, all zero.
            clean.Should().HaveCount(40).And.OnlyContain(c => c.Value == 0);
            var revised = RegistryWorkbook.Read(Path.Combine(directory, "dirty/court_registry_convictions_2026_revised.xlsx"));
            var raised = revised.Where(c => c.Value != 0).Should().ContainSingle().Subject;
            raised.Value.Should().Be(5, "one sex × category cell raised from 0 by the revision threshold");
            RegistryWorkbook.BrokenMargins(revised).Select(t => (t.Sex, t.Form)).Should().BeEquivalentTo([("_T", raised.Form), (raised.Sex, "_T")]);
            revised.Where(c => c.Sex == "_T").Should().Equal(clean.Where(c => c.Sex == "_T"));
            result.GroundTruth.Deliveries.Single(d => d.File == "dirty/court_registry_convictions_2026_revised.xlsx").Findings
                .Should().BeEquivalentTo(new Dictionary<string, int> { ["margin"] = 2, ["revision"] = 1 });

            var decisions = DeliveryTable.ReadCsv(Path.Combine(directory, "clean/identification_decisions_2026.csv"), ';');
            decisions.Rows.Select(r => r["Quartal"]).Should().Equal("Q1", "Jahr");
        }
        finally
        {
            Directory.Delete(directory, true);
        }
    }

    private void Expect(string file, string reason)
    {
        var entry = year.Truth.Deliveries.Single(d => d.File == file);
        (entry.Expected, entry.Reason, entry.RowsLoaded, entry.CensoredCells, entry.Findings.Count).Should().Be(("refused", reason, 0, 0, 0));
    }
}
