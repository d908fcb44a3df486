namespace Stats.Etl.Tests.Aggregates;

/// <summary>
/// A long table with a grand total, subtotals by sex and by form, "not specified", combined categories and censored
/// and missing cells: every cell is stored as delivered (totals keep _T, nothing is added or becomes zero).
/// </summary>
public sealed class LongTableTests : AggregateTestBase
{
    [Fact]
    public async Task Totals_subtotals_combined_categories_and_censored_cells_are_stored_as_stated()
    {
        var contract = Contract(CourtRegistryTable.Id, CourtRegistryTable.Contract);
        var path = Path.Combine(Dir, "court_registry_2024.xlsx");
        CourtRegistryTable.Write(path,
        [
            CourtRegistryTable.Row(2024, "Insgesamt", "Insgesamt", 40),
            CourtRegistryTable.Row(2024, "weiblich", "Insgesamt", 25),
            CourtRegistryTable.Row(2024, "männlich", "Insgesamt", 13),
            CourtRegistryTable.Row(2024, "unbekannt", "Insgesamt", "<5"),
            CourtRegistryTable.Row(2024, "weiblich", "Sexuelle Ausbeutung", 18),
            CourtRegistryTable.Row(2024, "weiblich", "Sexuelle & Arbeitsausbeutung", "c"),
            CourtRegistryTable.Row(2024, " WEIBLICH", "nicht angegeben", 3),
            CourtRegistryTable.Row(2024, "männlich", "Arbeitsausbeutung", 10),
            CourtRegistryTable.Row(2024, "männlich", "Arbeit, Haushalt & Straftaten", "-"),
            CourtRegistryTable.Row(2024, "Insgesamt", "Sexuelle Ausbeutung", 19),
            CourtRegistryTable.Row(2024, "M", "Sexuelle Ausbeutung", 1),
            CourtRegistryTable.Row(2024, "Insgesamt", "Arbeitsausbeutung", ":"),
            CourtRegistryTable.Row(2024, "Insgesamt", "nicht angegeben", ""),
        ]);

        var outcome = await LoadAsync(contract, path);

        AssertLoaded(outcome);
        outcome.Message.Should().Be("court_registry_2024.xlsx: loaded as batch 1: 13 cells read, 13 stored (2 censored, 3 missing), 0 findings.");
        (outcome.RowsRead, outcome.RowsLoaded, outcome.RowsQuarantined).Should().Be((13L, 13L, 0L));
        outcome.Findings.Should().BeEmpty("the details add up wherever they can be added: (_T,_T) 40 lies in 25 + 13 + [1, 4]; (F,_T) 25 ≥ 18 + 1 + 3; (_T,SEX) 19 = 18 + 1");
        const string V = "Verurteilte Personen";
        (await CellsAsync(1)).Should().BeEquivalentTo(new[]
        {
            Cell(1, V, "A", 2024, 0, "form_main=_T;sex=_T", 40, "exact"),
            Cell(2, V, "A", 2024, 0, "form_main=_T;sex=F", 25, "exact"),
            Cell(3, V, "A", 2024, 0, "form_main=_T;sex=M", 13, "exact"),
            Cell(4, V, "A", 2024, 0, "form_main=_T;sex=UNK", null, "censored", lower: 1, upper: 4, token: "<5"),
            Cell(5, V, "A", 2024, 0, "form_main=SEX;sex=F", 18, "exact"),
            Cell(6, V, "A", 2024, 0, "form_main=SEX+LAB;sex=F", null, "censored", lower: 1, token: "c"),
            Cell(7, V, "A", 2024, 0, "form_main=UNK;sex=F", 3, "exact"),
            Cell(8, V, "A", 2024, 0, "form_main=LAB;sex=M", 10, "exact"),
            Cell(9, V, "A", 2024, 0, "form_main=LAB+DOM+CRIM;sex=M", null, "missing", token: "-", reason: "not applicable"),
            Cell(10, V, "A", 2024, 0, "form_main=SEX;sex=_T", 19, "exact"),
            Cell(11, V, "A", 2024, 0, "form_main=SEX;sex=M", 1, "exact"),
            Cell(12, V, "A", 2024, 0, "form_main=LAB;sex=_T", null, "missing", token: ":", reason: "not available"),
            Cell(13, V, "A", 2024, 0, "form_main=UNK;sex=_T", null, "missing", token: "", reason: "not available"),
        }, o => o.WithStrictOrdering());
        (await RowsAsync("SELECT DISTINCT contract_id, source_code, indicator_id, unit FROM stg_aggregate_cell"))
            .Should().BeEquivalentTo(new[] { new[] { "court-registry-test", "CRTREG", "J05", "persons" } });
        (await RowsAsync("SELECT load_batch_key, contract_id, source_code, file_name, rows_read, rows_loaded, rows_quarantined FROM meta_load_batch"))
            .Should().BeEquivalentTo(new[] { new[] { "1", "court-registry-test", "CRTREG", "court_registry_2024.xlsx", "13", "13", "0" } });
        (await RowsAsync("SELECT organisation_code, label, organisation_type_code FROM dim_organisation"))
            .Should().BeEquivalentTo(new[] { new[] { "CRTREG", "Court registry (judicial statistics)", "COURT" } });
    }

    [Fact]
    public async Task A_total_that_its_censored_details_cannot_reach_is_a_margin_finding()
    {
        var contract = Contract(CourtRegistryTable.Id, CourtRegistryTable.Contract);
        var path = Path.Combine(Dir, "court_registry_2023.xlsx");
        CourtRegistryTable.Write(path,
        [
            CourtRegistryTable.Row(2023, "Insgesamt", "Insgesamt", 30),
            CourtRegistryTable.Row(2023, "weiblich", "Insgesamt", 20),
            CourtRegistryTable.Row(2023, "männlich", "Insgesamt", "<5"),
        ]);

        var outcome = await LoadAsync(contract, path);

        AssertLoaded(outcome);
        (await FindingsAsync(outcome.LoadBatchKey!.Value)).Should().BeEquivalentTo(new[]
        {
            Finding("margin", "A", 2023, 0, "form_main=_T;sex=_T", 30, 24, 1, "Verurteilte Personen"),
        }, "20 + [1, 4] allows at most 24");
        outcome.Findings.Single().Message.Should().Be(
            "court_registry_2023.xlsx: row 1, column 'Verurteilte Personen': total 30 for form_main=_T;sex=_T, 2023 but its 2 details over sex (1 censored) allow 21 to 24.");
    }
}
