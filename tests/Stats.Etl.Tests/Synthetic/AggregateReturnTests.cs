using System.Globalization;

namespace Stats.Etl.Tests.Synthetic;

/// <summary>Issue 8: the two clean aggregate returns hold together as tables and agree with the persons they count.</summary>
public sealed class AggregateReturnTests(GeneratedYear year) : IClassFixture<GeneratedYear>
{
    private static readonly AggregateContract Decisions = new("idauthority-decisions");

    [Fact]
    public void Identification_decisions_add_up_in_every_row_and_the_year_row_is_the_sum_of_the_quarters()
    {
        var table = DeliveryTable.ReadCsv(year.Path("clean/identification_decisions_2024.csv"), ';');
        table.Columns.Should().Equal([Decisions.YearColumn, Decisions.QuarterColumn!, .. Decisions.Wide.Keys]);
        table.Rows.Select(r => (string)r["Quartal"]!).Should().Equal("Q1", "Q2", "Q3", "Q4", "Jahr");
        table.Rows.Should().OnlyContain(r => (string)r["Jahr"]! == "2024");
        var rows = table.Rows.Select(r => Decisions.Wide.Keys.ToDictionary(c => c, c => int.Parse((string)r[c]!, NumberStyles.None, CultureInfo.InvariantCulture))).ToList();

        foreach (var row in rows)
        {
            int Sum(Func<(string AgeGroup, string Outcome), bool> detail) => Decisions.Wide.Where(w => detail(w.Value)).Sum(w => row[w.Key]);
            row["Insgesamt"].Should().Be(Sum(w => w.AgeGroup != "_T"));
            row["Positiv gesamt"].Should().Be(Sum(w => w.AgeGroup != "_T" && w.Outcome == "POSITIVE"));
            row["Negativ gesamt"].Should().Be(Sum(w => w.AgeGroup != "_T" && w.Outcome == "NEGATIVE"));
            row["Insgesamt"].Should().Be(row["Positiv gesamt"] + row["Negativ gesamt"]);
        }

        foreach (var column in Decisions.Wide.Keys)
        {
            rows[4][column].Should().Be(rows.Take(4).Sum(r => r[column]), $"{column}: the year is Q1 + … + Q4");
        }

        rows[4]["Positiv gesamt"].Should().BeGreaterThan(50).And.BeGreaterThan(rows[4]["Negativ gesamt"]);
        rows[4]["Negativ gesamt"].Should().BeGreaterThan(0);
        var truth = year.Truth.Deliveries.Single(d => d.File == "clean/identification_decisions_2024.csv");
        (truth.Expected, truth.Contract, truth.RowsLoaded, truth.CensoredCells, truth.Findings.Count).Should().Be(("loaded", "idauthority-decisions", 5 * 9, 0, 0));
    }

    [Fact]
    public void Registry_totals_add_up_and_exactly_the_cells_of_one_to_four_persons_are_censored()
    {
        var cells = RegistryWorkbook.Read(year.Path("clean/court_registry_convictions_2024.xlsx"));
        cells.Should().OnlyContain(c => c.Year == 2024);
        cells.Select(c => (c.Sex, c.Form)).Should().OnlyHaveUniqueItems();
        RegistryWorkbook.BrokenMargins(cells).Should().BeEmpty();

        // The tests' own count of the registry's persons: every stated cell is that count, or "<5" exactly when it is 1–4.
        var persons = year.Result.Model!.Registry;
        foreach (var cell in cells)
        {
            var count = persons.Count(p => (cell.Sex == "_T" || p.Sex == cell.Sex) && (cell.Form == "_T" || string.Join('+', p.Forms) == cell.Form));
            (cell.Value ?? -1).Should().Be(count is >= 1 and <= 4 ? -1 : count, $"{cell.Sex} × {cell.Form}");
        }

        var forms = cells.Where(c => c.Form != "_T").Select(c => c.Form).Distinct().ToList();
        forms.Should().BeEquivalentTo(persons.Select(p => string.Join('+', p.Forms)).Distinct(), "every category present has its rows, and only those");
        cells.Where(c => c.Sex != "_T").Select(c => c.Sex).Distinct().Should().BeEquivalentTo("F", "M", "UNK");
        cells.Should().HaveCount((forms.Count + 1) * 4);
        cells.Should().Contain(c => c.Value == null, "a mid-sized country's registry has small cells");

        var truth = year.Truth.Deliveries.Single(d => d.File == "clean/court_registry_convictions_2024.xlsx");
        (truth.Expected, truth.RowsLoaded, truth.CensoredCells, truth.Findings.Count).Should().Be(("loaded", cells.Count, cells.Count(c => c.Value == null), 0));
    }

    [Fact]
    public void Registry_counts_the_convicted_persons_of_the_court_decisions_file_by_sex()
    {
        var courts = DeliveryTable.ReadXlsx(year.Path("clean/courts_decisions_2024.xlsx"), "Entscheidungen").Rows
            .Where(r => (string?)r["Urteil"] == "schuldig")
            .GroupBy(r => (string)r["Personen-ID"]!)
            .Select(g => RegistryWorkbook.Contract.Dimensions["Geschlecht"][(string)g.First()["Geschlecht"]!])
            .ToList();
        var cells = RegistryWorkbook.Read(year.Path("clean/court_registry_convictions_2024.xlsx"));

        courts.Should().HaveCount(year.Truth.Justice.ConvictedPersons);
        cells.Single(c => c.Sex == "_T" && c.Form == "_T").Value.Should().Be(courts.Count);
        foreach (var sex in cells.Where(c => c.Form == "_T" && c.Sex != "_T" && c.Value is not null))
        {
            sex.Value.Should().Be(courts.Count(s => s == sex.Sex), sex.Sex);
        }
    }

    [Fact]
    public void Registry_form_sets_keep_the_court_record_form_and_combine_only_into_the_two_contract_categories()
    {
        var model = year.Result.Model!;
        var caseForm = model.Cases.SelectMany(c => c.Suspects.Where(s => s.Decision?.Stage == "PER_CNV").Select(s => (s.Offender.Number, c.Form)))
            .GroupBy(x => x.Number).ToDictionary(g => g.Key, g => g.Select(x => x.Form).ToList());

        model.Registry.Select(p => p.Offender).Should().OnlyHaveUniqueItems().And.BeEquivalentTo(caseForm.Keys);
        foreach (var person in model.Registry)
        {
            var form = caseForm[person.Offender][0] is "MAR" or "ADO" or "SUR" or "ORG" ? "OTH" : caseForm[person.Offender][0];
            string.Join('+', person.Forms).Should().BeOneOf(form, "SEX+LAB", "LAB+DOM+CRIM");
            person.Forms.Should().Contain(form);
        }

        model.Registry.Count(p => p.Forms.Count > 1).Should().BeInRange(1, model.Registry.Count / 3);
    }
}
