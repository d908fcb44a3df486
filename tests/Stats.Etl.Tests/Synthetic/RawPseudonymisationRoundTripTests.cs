using Stats.Etl.Pseudonymisation;

namespace Stats.Etl.Tests.Synthetic;

/// <summary>The demo: pseudonymising the raw police file with the demo secret reproduces the clean police delivery.</summary>
public sealed class RawPseudonymisationRoundTripTests(GeneratedYear year) : IClassFixture<GeneratedYear>
{
    [Fact]
    public async Task Pseudonymising_the_raw_police_file_gives_the_clean_file_byte_for_byte()
    {
        var output = year.Path("pseudonymised.csv");
        try
        {
            var result = await new Pseudonymiser().RunAsync(
                new PseudonymiseRequest(year.Result.DemoSecretPath, year.Path("raw/police_victims_raw_2024.csv"), output), CancellationToken.None);

            result.DroppedColumns.Should().BeEquivalentTo("surname", "given_name", "date_of_birth", "country_of_birth");
            var clean = DeliveryTable.ReadCsv(year.Path("clean/police_victims_2024.csv"), ';');
            var mine = DeliveryTable.ReadCsv(output, ';');
            mine.Rows.Select(r => r["person_pseudonym"]).Should().Equal(clean.Rows.Select(r => r["person_pseudonym"]));
            File.ReadAllBytes(output).Should().Equal(File.ReadAllBytes(year.Path("clean/police_victims_2024.csv")));
        }
        finally
        {
            File.Delete(output);
        }
    }

    [Fact]
    public void Raw_file_spells_names_and_dates_differently_from_row_to_row()
    {
        var raw = DeliveryTable.ReadCsv(year.Path("raw/police_victims_raw_2024.csv"), ';');
        var dates = raw.Rows.Select(r => (string)r["date_of_birth"]!).ToList();
        dates.Should().Contain(d => d.Contains('.', StringComparison.Ordinal)).And.Contain(d => d.Contains('-', StringComparison.Ordinal));
        raw.Rows.Select(r => (string)r["surname"]!).Should().Contain(s => s.Any(c => c > 127), "some names keep their diacritics");
    }
}
