using System.Globalization;
using DuckDB.NET.Data;
using Spectre.Console;
using Stats.Etl.Synthetic;
using Stats.Host.Output;
using Stats.Warehouse.Indicators;

namespace Stats.Host.Demo;

/// <summary>
/// The demo's indicator step: a few headline cubes of the reference year as the public sees them (protected, with flags), then
/// the same cubes in the analyst view next to the generator's ground truth, which was counted from the generated persons.
/// </summary>
internal sealed class HeadlineIndicators(IAnsiConsole console, int year)
{
    private static readonly (string Id, string[] By)[] Headlines =
    [
        ("V04", []), ("V04", ["sex"]), ("V04", ["form_main"]), ("V06", []), ("J02", []), ("J03", []), ("J05", []), ("J05", ["form_main"]),
        ("V08", ["id_outcome"]), ("Q01", []),
    ];

    public async Task<IReadOnlyList<FigureCheck>> ShowAsync(DuckDBConnection snapshot, int vintageId, GroundTruth truth, CancellationToken ct)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .Title(string.Create(CultureInfo.InvariantCulture, $"Headline indicators {year}: public view of vintage {vintageId}"));
        table.AddColumn("Indicator");
        table.AddColumn("Breakdown");
        table.AddColumn(new TableColumn("Value").RightAligned());
        table.AddColumn("Flags");
        var analyst = new Dictionary<(string, string), IndicatorResult>();
        foreach (var (id, by) in Headlines)
        {
            var published = await ReadAsync(snapshot, id, by, IndicatorRole.Public, ct).ConfigureAwait(false);
            analyst[(id, string.Join(',', by))] = await ReadAsync(snapshot, id, by, IndicatorRole.Analyst, ct).ConfigureAwait(false);
            foreach (var row in published.Rows.Where(r => r.TimePeriod == YearText && (by.Length == 0 || r.Codes[0] != "_T")))
            {
                var breakdown = by.Length == 0 ? "Total" : IndicatorTables.Label(row.Codes[0], row.Labels[0]);
                table.AddRow(
                    Markup.Escape($"{id} {published.Title}"), Markup.Escape(breakdown),
                    Markup.Escape(IndicatorValueText.Format(row.Value, published.Unit)), Markup.Escape(row.Flags));
            }
        }

        console.Write(table);
        console.WriteLine(IndicatorValues.FlagLegend + " ':' with c = suppressed by disclosure control.");
        return Compare(analyst, truth);
    }

    private string YearText => year.ToString(CultureInfo.InvariantCulture);

    private IReadOnlyList<FigureCheck> Compare(Dictionary<(string, string), IndicatorResult> analyst, GroundTruth truth)
    {
        const string Group = "Indicators (analyst view, unprotected)";
        var checks = new List<FigureCheck>
        {
            new(Group, "V04 registered victims", Total(analyst[("V04", "")]), truth.RegisteredVictims),
        };
        checks.AddRange(ByCode(Group, "V04 by sex", analyst[("V04", "sex")], truth.RegisteredVictimsBySex));
        checks.AddRange(ByCode(Group, "V04 by main form", analyst[("V04", "form_main")], truth.RegisteredVictimsByMainForm));
        checks.Add(new(Group, "V06 child victims", Total(analyst[("V06", "")]), truth.ChildRegisteredVictims));
        checks.Add(new(Group, "J02 suspected persons", Total(analyst[("J02", "")]), truth.Justice.SuspectedPersons));
        checks.Add(new(Group, "J03 prosecuted persons", Total(analyst[("J03", "")]), truth.Justice.ProsecutedPersons));
        checks.Add(new(Group, "J05 convicted persons", Total(analyst[("J05", "")]), truth.Justice.ConvictedPersons));
        checks.Add(new(Group, "Q01 duplicate registrations removed", Total(analyst[("Q01", "")]), truth.DuplicateRegistrations));
        checks.AddRange(RegistryByForm(analyst[("J05", "form_main")], truth));
        checks.AddRange(IdentificationDecisions(analyst[("V08", "id_outcome")], truth));
        return checks;
    }

    /// <summary>
    /// J05 by main form comes from the court registry's table (an aggregate return): a form whose registry category was
    /// published "&lt;5" has no value even for analysts (suppressed at source), and forms no category states are not available.
    /// </summary>
    private IEnumerable<FigureCheck> RegistryByForm(IndicatorResult result, GroundTruth truth)
    {
        const string Group = "J05 by main form, from the court registry's table (analyst view; ':' suppressed at source or not available)";
        var rows = result.Rows.Where(r => r.TimePeriod == YearText && r.Codes[0] != "_T").ToDictionary(r => r.Codes[0], StringComparer.Ordinal);
        foreach (var code in rows.Keys.Order(StringComparer.Ordinal))
        {
            var found = rows[code].Value is { } v ? (long?)Math.Round(v) : null;
            yield return truth.RegistryConvictedByMainForm.TryGetValue(code, out var expected)
                ? new FigureCheck(Group, $"J05 by main form: {code}", found, expected, ExpectsNoValue: expected is null)
                : new FigureCheck(Group, $"J05 by main form: {code} (no registry category)", found, null, ExpectsNoValue: true);
        }
    }

    /// <summary>V08 comes from the identification authority's quarterly table: every quarter and the year, by outcome.</summary>
    private IEnumerable<FigureCheck> IdentificationDecisions(IndicatorResult annual, GroundTruth truth)
    {
        const string Group = "V08 identification decisions, from the identification authority's table (analyst view)";
        foreach (var outcome in new[] { "_T", "POSITIVE", "NEGATIVE" })
        {
            var row = annual.Rows.Single(r => r.TimePeriod == YearText && r.Codes[0] == outcome);
            var expected = truth.IdentificationDecisions.Single(d => d.Freq == "A" && d.AgeGroup == "_T" && d.Outcome == outcome).Decisions;
            yield return new FigureCheck(Group, $"V08 {year} outcome {(outcome == "_T" ? "total" : outcome)}", Count(row), expected);
        }
    }

    private long Total(IndicatorResult result) => Count(result.Rows.Single(r => r.TimePeriod == YearText && r.Codes.All(c => c == "_T")));

    private IEnumerable<FigureCheck> ByCode(string group, string figure, IndicatorResult result, IReadOnlyDictionary<string, int> expected)
    {
        var rows = result.Rows.Where(r => r.TimePeriod == YearText && r.Codes[0] != "_T").ToDictionary(r => r.Codes[0], StringComparer.Ordinal);
        return rows.Keys.Union(expected.Keys).Order(StringComparer.Ordinal)
            .Select(code => new FigureCheck(group, $"{figure}: {code}", rows.TryGetValue(code, out var row) ? Count(row) : 0, expected.GetValueOrDefault(code)));
    }

    private static long Count(IndicatorRow row) =>
        (long)Math.Round(row.Value ?? throw new InvalidOperationException($"The analyst view has no value for a count cell of {row.TimePeriod}."));

    private static Task<IndicatorResult> ReadAsync(DuckDBConnection snapshot, string id, string[] by, IndicatorRole role, CancellationToken ct) =>
        IndicatorReader.ReadAsync(snapshot, new IndicatorRequest(id, [.. by, "year"], role), ct);
}
