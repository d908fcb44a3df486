using System.Globalization;

namespace Stats.Etl.Synthetic;

/// <summary>
/// The year's two aggregate returns (identification authority, court registry) and their broken versions: the
/// registry's revised table (loaded with findings; written only when the table has a cell to raise) and three
/// deliveries intake must refuse. The clean registry table is listed before its revision, which is checked against it.
/// </summary>
internal static class AggregateDeliveries
{
    private const string Decisions = "idauthority-decisions";
    private const string Registry = "court-registry-convictions";

    public static void Write(DeliveryFiles files, IReadOnlyList<IdentificationDecision> decisions, IReadOnlyList<RegistryPerson> registry, ReferenceWindow window)
    {
        var y = window.Year.ToString(CultureInfo.InvariantCulture);
        var rows = IdentificationDecisionsFormat.Rows(decisions, window);
        files.LoadedAggregate($"clean/identification_decisions_{y}.csv", Decisions,
            CsvText.Utf8.GetBytes(CsvText.Build(IdentificationDecisionsFormat.Header, rows, IdentificationDecisionsFormat.Delimiter)),
            rows.Count * IdentificationDecisionsFormat.Counts.Length, censored: 0);

        var cells = CourtRegistryTable.Cells(registry);
        files.LoadedAggregate($"clean/court_registry_convictions_{y}.xlsx", Registry, CourtRegistryTable.Workbook(cells, window.Year),
            cells.Count, cells.Count(c => c.IsCensored));
        if (CourtRegistryRevision.Revise(cells) is var (revised, findings))
        {
            files.LoadedAggregate($"dirty/court_registry_convictions_{y}_revised.xlsx", Registry, CourtRegistryTable.Workbook(revised, window.Year),
                revised.Count, revised.Count(c => c.IsCensored), findings);
        }

        files.Refused($"dirty/identification_decisions_{y}_bad_count.csv", Decisions, "invalid_count", DirtyDeliveries.WithCountInWords(rows));
        files.Refused($"dirty/identification_decisions_{y}_missing_column.csv", Decisions, "missing_required_column", DirtyDeliveries.WithoutChildrenNegative(rows));
        files.Refused("dirty/court_registry_convictions_1990.xlsx", Registry, "period_out_of_range", CourtRegistryTable.Workbook(cells, 1990));
    }
}
