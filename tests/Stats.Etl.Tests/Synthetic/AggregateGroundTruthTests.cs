using System.Globalization;

namespace Stats.Etl.Tests.Synthetic;

/// <summary>Issue 8: the V08 and J05-by-form ground truth equals the tests' own count over the generated persons, and the files state it.</summary>
public sealed class AggregateGroundTruthTests(GeneratedYear year) : IClassFixture<GeneratedYear>
{
    private static readonly string[] Precedence = ["SEX", "LAB", "DOM", "CRIM", "BEG", "MAR", "ADO", "SUR", "ORG", "OTH", "UNK"];

    [Fact]
    public void Positive_decisions_are_the_identified_persons_at_their_identification_and_negative_ones_a_quarter_of_the_others()
    {
        var model = year.Result.Model!;
        var persons = model.Registrations.GroupBy(r => r.Person.Number).ToDictionary(g => g.Key, g => g.ToList());
        var identified = persons.Where(p => p.Value.Any(r => r.Status == "IDENT")).ToDictionary(p => p.Key, p => p.Value);
        var positive = model.Decisions.Where(d => d.Outcome == "POSITIVE").ToList();
        var negative = model.Decisions.Where(d => d.Outcome == "NEGATIVE").ToList();

        positive.Select(d => d.Person).Should().BeEquivalentTo(identified.Keys);
        foreach (var decision in positive)
        {
            var registrations = identified[decision.Person];
            decision.Date.Should().Be(registrations.Where(r => r.Status == "IDENT").Min(r => r.IdentifiedOn ?? r.RegisteredOn));
            decision.AgeGroup.Should().Be(AgeGroup(registrations[0].Person.DateOfBirth, decision.Date));
        }

        negative.Select(d => d.Person).Should().OnlyHaveUniqueItems().And.NotIntersectWith(identified.Keys);
        foreach (var decision in negative)
        {
            var first = persons[decision.Person].Min(r => r.RegisteredOn);
            decision.Date.Should().BeAfter(first).And.BeOnOrBefore(first.AddDays(90)).And.BeOnOrBefore(new DateOnly(2024, 12, 31));
            decision.AgeGroup.Should().Be(AgeGroup(persons[decision.Person][0].Person.DateOfBirth, decision.Date));
        }

        ((double)negative.Count / (persons.Count - identified.Count)).Should().BeInRange(0.15, 0.35);
    }

    [Fact]
    public void V08_truth_equals_a_count_of_the_decisions_and_the_values_of_the_delivered_file()
    {
        var decisions = year.Result.Model!.Decisions;
        var truth = year.Truth.IdentificationDecisions;
        truth.Should().HaveCount(5 * 4 * 3);
        foreach (var cell in truth)
        {
            var count = decisions.Count(d =>
                (cell.Freq == "A" || (d.Date.Month + 2) / 3 == cell.Period) && (cell.AgeGroup == "_T" || d.AgeGroup == cell.AgeGroup) &&
                (cell.Outcome == "_T" || d.Outcome == cell.Outcome));
            cell.Decisions.Should().Be(count, $"{cell.Freq}{cell.Period} {cell.AgeGroup} {cell.Outcome}");
        }

        truth.Where(c => c.AgeGroup == "UNK").Should().OnlyContain(c => c.Decisions == 0, "every generated person has a known date of birth");
        truth.Single(c => c.Freq == "A" && c.AgeGroup == "_T" && c.Outcome == "POSITIVE").Decisions.Should().Be(year.Truth.PersonsByHighestStatus["IDENT"]);

        var contract = new AggregateContract("idauthority-decisions");
        var rows = DeliveryTable.ReadCsv(year.Path("clean/identification_decisions_2024.csv"), ';').Rows;
        foreach (var row in rows)
        {
            var period = (string)row["Quartal"]! == "Jahr" ? 0 : int.Parse(((string)row["Quartal"]!)[1..], CultureInfo.InvariantCulture);
            foreach (var (column, (age, outcome)) in contract.Wide)
            {
                var expected = truth.Single(c => c.Period == period && c.AgeGroup == age && c.Outcome == outcome).Decisions;
                ((string)row[column]!).Should().Be(expected.ToString(CultureInfo.InvariantCulture), $"{row["Quartal"]} {column}");
            }
        }
    }

    [Fact]
    public void J05_by_main_form_is_the_registry_persons_by_main_form_and_null_where_a_contributing_category_is_censored()
    {
        var registry = year.Result.Model!.Registry;
        var mainForm = registry.ToDictionary(p => p.Offender, p => MainForm(string.Join('+', p.Forms)));
        var censoredMainForms = registry.GroupBy(p => string.Join('+', p.Forms))
            .Where(g => g.Count() is >= 1 and <= 4)
            .Select(g => MainForm(g.Key))
            .ToHashSet();

        // The registry's categories have main forms SEX, LAB, DOM, CRIM, BEG, OTH and UNK; the other forms have no
        // category (they are counted under "sonstige"), so the registry never states them.
        string[] stated = ["SEX", "LAB", "DOM", "CRIM", "BEG", "OTH", "UNK"];
        var truth = year.Truth.RegistryConvictedByMainForm;
        truth.Keys.Should().BeEquivalentTo(stated);
        foreach (var form in stated)
        {
            truth[form].Should().Be(censoredMainForms.Contains(form) ? null : mainForm.Values.Count(f => f == form), form);
        }

        truth.Values.Should().Contain((int?)null).And.Contain(v => v > 0);
        registry.Should().HaveCount(year.Truth.Justice.ConvictedPersons);

        // The workbook's Insgesamt-sex rows, read as the warehouse reads them, give the same figures.
        var cells = RegistryWorkbook.Read(year.Path("clean/court_registry_convictions_2024.xlsx"));
        foreach (var form in stated.Where(f => truth[f] is not null))
        {
            var contributing = cells.Where(c => c.Sex == "_T" && c.Form != "_T" && MainForm(c.Form) == form).ToList();
            contributing.Sum(c => c.Value!.Value).Should().Be(truth[form]!.Value, form);
        }
    }

    private static string MainForm(string category) => category.Split('+').MinBy(f => Array.IndexOf(Precedence, f))!;

    private static string AgeGroup(DateOnly birth, DateOnly date)
    {
        var age = date.Year - birth.Year - (date < birth.AddYears(date.Year - birth.Year) ? 1 : 0);
        return age < 18 ? "Y_LT18" : "Y_GE18";
    }
}
