using Stats.Etl.Contracts;

namespace Stats.Etl.Tests.Aggregates;

/// <summary>
/// The court registry contract as the design of issue 8 spells it out validates as written there, so the shipped
/// file that follows it loads (the identification authority's layout is the one of <see cref="WideQuarterlyTests"/>).
/// </summary>
public sealed class DesignExampleContractTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("stats-aggregate-design-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private const string CourtRegistry = """
        {
          "id": "court-registry-convictions",
          "title": "Court registry: persons convicted at first instance by sex and form of exploitation (yearly table)",
          "source": { "code": "CRTREG", "name": "Court registry (judicial statistics)", "organisationType": "COURT" },
          "shape": "aggregate",
          "schedule": "0 0 7 20 1 ?",
          "timeliness": { "expectedEvery": "P366D", "lateAfter": "P380D", "overdueAfter": "P420D" },
          "format": { "type": "xlsx", "sheet": "Verurteilungen", "headerRow": 1, "fileNamePattern": "court_registry_convictions_*.xlsx" },
          "aggregate": {
            "indicator": "J05",
            "unit": "persons",
            "period": { "year": "Jahr", "firstYear": 2015, "lastYear": 2035 },
            "dimensions": {
              "Geschlecht":      { "dimension": "sex", "codes": { "weiblich": "F", "männlich": "M", "divers": "X", "unbekannt": "UNK", "Insgesamt": "_T" } },
              "Ausbeutungsform": { "dimension": "form_main",
                                   "codes": { "Sexuelle Ausbeutung": "SEX", "Arbeitsausbeutung": "LAB",
                                              "Sexuelle & Arbeitsausbeutung": ["SEX", "LAB"],
                                              "Arbeit, Haushalt & Straftaten": ["LAB", "DOM", "CRIM"],
                                              "Haushalt": "DOM", "Straftaten": "CRIM", "Bettelei": "BEG", "sonstige": "OTH",
                                              "nicht angegeben": "UNK", "Insgesamt": "_T" } }
            },
            "count": "Verurteilte Personen",
            "censored": { "<5": { "lower": 1, "upper": 4 }, "c": { "lower": 1 } },
            "missing":  { ":": "not available", "-": "not applicable", "": "not available" },
            "checks":   { "margins": "finding", "periods": "finding", "negative": "finding",
                          "revision": { "relative": 0.25, "absolute": 5, "action": "finding" } }
          }
        }
        """;

    [Fact]
    public void The_court_registry_example_validates_with_its_schedule_timeliness_and_combined_categories()
    {
        File.WriteAllText(Path.Combine(_dir, "court-registry-convictions.json"), CourtRegistry);

        var contract = new ContractRepository(_dir).Get("court-registry-convictions");

        contract.Timeliness.Should().Be(new TimelinessSpec("P366D", "P380D", "P420D"));
        contract.Aggregate!.Dimensions["Ausbeutungsform"].Codes!["Arbeit, Haushalt & Straftaten"].Codes.Should().Equal("LAB", "DOM", "CRIM");
    }
}
