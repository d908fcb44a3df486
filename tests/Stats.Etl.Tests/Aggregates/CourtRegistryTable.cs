using MiniExcelLibs;

namespace Stats.Etl.Tests.Aggregates;

/// <summary>A court registry's yearly table by sex and form (long layout, XLSX), as in the design of issue 8.</summary>
internal static class CourtRegistryTable
{
    public const string Id = "court-registry-test";

    public const string Contract = """
        {
          "id": "court-registry-test",
          "title": "Court registry: persons convicted by sex and form of exploitation (yearly table)",
          "source": { "code": "CRTREG", "name": "Court registry (judicial statistics)", "organisationType": "COURT" },
          "shape": "aggregate",
          "format": { "type": "xlsx", "sheet": "Verurteilungen", "headerRow": 1, "fileNamePattern": "court_registry_*.xlsx" },
          "aggregate": {
            "indicator": "J05",
            "unit": "persons",
            "period": { "year": "Jahr", "firstYear": 2015, "lastYear": 2035 },
            "dimensions": {
              "Geschlecht":      { "dimension": "sex", "codes": { "weiblich": "F", "männlich": "M", "unbekannt": "UNK", "Insgesamt": "_T" } },
              "Ausbeutungsform": { "dimension": "form_main",
                                   "codes": { "Sexuelle Ausbeutung": "SEX", "Arbeitsausbeutung": "LAB",
                                              "Sexuelle & Arbeitsausbeutung": ["LAB", "SEX"],
                                              "Arbeit, Haushalt & Straftaten": ["CRIM", "DOM", "LAB"],
                                              "nicht angegeben": "UNK", "Insgesamt": "_T" } }
            },
            "count": "Verurteilte Personen",
            "censored": { "<5": { "lower": 1, "upper": 4 }, "c": { "lower": 1 } },
            "missing":  { ":": "not available", "-": "not applicable", "": "not available" }
          }
        }
        """;

    public static Dictionary<string, object?> Row(object? year, string sex, string form, object? count) => new()
    {
        ["Jahr"] = year, ["Geschlecht"] = sex, ["Ausbeutungsform"] = form, ["Verurteilte Personen"] = count,
    };

    public static void Write(string path, IEnumerable<Dictionary<string, object?>> rows) => MiniExcel.SaveAs(path, rows, sheetName: "Verurteilungen");
}
