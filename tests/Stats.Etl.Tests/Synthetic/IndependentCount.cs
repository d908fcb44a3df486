namespace Stats.Etl.Tests.Synthetic;

/// <summary>
/// Recounts a generated year from its files alone, through the contracts, so that the generator's ground truth can
/// be compared with figures it did not compute: the tests' stand-in for the warehouse.
/// </summary>
internal sealed class IndependentCount
{
    private static readonly string[] StatusRank = ["REF", "PRES", "IDENT"];
    private static readonly string[] Precedence = ["SEX", "LAB", "DOM", "CRIM", "BEG", "MAR", "ADO", "SUR", "ORG", "OTH", "UNK"];
    private static readonly HashSet<string> Eu = ["AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE"];

    public IndependentCount(string root, int year)
    {
        var police = new ContractMapping("police-victims");
        var nrm = new ContractMapping("socialcare-nrm");
        var ngo = new ContractMapping("ngo-htcds");
        var policeRows = DeliveryTable.ReadCsv(Path.Combine(root, $"clean/police_victims_{year}.csv"), ';').Rows
            .Concat(DeliveryTable.ReadCsv(Path.Combine(root, $"dirty/police_victims_{year}_rowrules.csv"), ';').Rows.Where(r => RowRuleCheck.Broken(police, r).Count == 0));
        var nrmTable = DeliveryTable.ReadJson(Path.Combine(root, $"clean/nrm_cases_{year}.json"), "cases", out var nrmRecords);
        var ngoTable = DeliveryTable.ReadCsv(Path.Combine(root, $"clean/ngo_htcds_{year}.csv"), ',');

        Victims = [.. policeRows.Select(r => Victim("POL", police, r)), .. nrmTable.Rows.Select(r => Victim("NRM", nrm, r)), .. ngoTable.Rows.Select(r => Victim("NGO1", ngo, r))];
        AssistanceEpisodes = nrmRecords.Sum(r => r.GetProperty("services").GetArrayLength()) + ngoTable.Rows.Count(r => ((string?)r["spl_Type"])?.Length > 0);
        ImmigrationDecisions = nrmRecords.Sum(r => r.GetProperty("decisions").GetArrayLength());

        Suspects = Justice(DeliveryTable.ReadCsv(Path.Combine(root, $"clean/police_suspects_{year}.csv"), ';'), "case_ref", "suspect_pseudonym");
        Prosecuted = Justice(DeliveryTable.ReadCsv(Path.Combine(root, $"clean/prosecution_persons_{year}.csv"), ','), "file_no", "accused_pseudonym");
        var courts = DeliveryTable.ReadXlsx(Path.Combine(root, $"clean/courts_decisions_{year}.xlsx"), "Entscheidungen");
        Convicted = Justice(courts, "Aktenzeichen", "Personen-ID", r => (string?)r["Urteil"] == "schuldig");
        FinalConvicted = Justice(courts, "Aktenzeichen", "Personen-ID", r => (string?)r["Urteil"] == "schuldig" && (string?)r["Rechtskräftig"] == "ja");
        Acquitted = Justice(courts, "Aktenzeichen", "Personen-ID", r => (string?)r["Urteil"] == "freispruch");
    }

    public List<VictimRow> Victims { get; }

    public int AssistanceEpisodes { get; }

    public int ImmigrationDecisions { get; }

    public List<(string Case, string Person)> Suspects { get; }

    public List<(string Case, string Person)> Prosecuted { get; }

    public List<(string Case, string Person)> Convicted { get; }

    public List<(string Case, string Person)> FinalConvicted { get; }

    public List<(string Case, string Person)> Acquitted { get; }

    public Dictionary<string, string> HighestStatus() =>
        Victims.GroupBy(v => v.Key).ToDictionary(g => g.Key, g => g.MaxBy(v => Array.IndexOf(StatusRank, v.Status))!.Status);

    public List<VictimRow> RegisteredVictims()
    {
        var highest = HighestStatus();
        return [.. Victims.GroupBy(v => v.Key).Where(g => highest[g.Key] is "IDENT" or "PRES").Select(g => g.First())];
    }

    public static string MainForm(VictimRow v) => v.Forms.Count == 0 ? "UNK" : v.Forms.MinBy(f => Array.IndexOf(Precedence, f))!;

    public static string CitizenshipGroup(VictimRow v) => v.Citizenship switch
    {
        null or "" or "UNK" => "UNK",
        "AT" => "NAT",
        var c when Eu.Contains(c) => "EU_FOR",
        _ => "NEU_FOR",
    };

    private static VictimRow Victim(string agency, ContractMapping contract, IReadOnlyDictionary<string, object?> row)
    {
        string? Value(string field) => DeliveryTable.Text(row[contract.ColumnOf(field)]);
        string? Code(string field) => contract.Canonical(contract.ColumnOf(field), Value(field)).FirstOrDefault();
        return new VictimRow(
            agency, Value("linkage_key")!, Code("victim_status")!, Code("sex") ?? "UNK",
            Value("age_years") is { Length: > 0 } age ? int.Parse(age, System.Globalization.CultureInfo.InvariantCulture) : null,
            Value("citizenship"), contract.Canonical(contract.ColumnOf("forms"), Value("forms")), contract.ParseDate(row[contract.ColumnOf("registration_date")]));
    }

    private static List<(string, string)> Justice(DeliveryTable table, string caseColumn, string personColumn, Func<Dictionary<string, object?>, bool>? filter = null) =>
        [.. table.Rows.Where(r => filter?.Invoke(r) ?? true).Select(r => ((string)r[caseColumn]!, (string)r[personColumn]!))];
}
