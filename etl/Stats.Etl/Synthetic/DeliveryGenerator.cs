using System.Globalization;
using Stats.Core.Linkage;

namespace Stats.Etl.Synthetic;

/// <summary>
/// Generates one reference year of synthetic agency deliveries in the shipped contract formats (clean/), the police
/// file before pseudonymisation (raw/, with the demo secret), deliberately broken deliveries (dirty/) and the
/// ground truth the warehouse must reproduce, plus two aggregate returns (identification decisions, court registry
/// table) counted from the same persons. The same seed gives byte-identical files. Every random draw comes from
/// seeded System.Random streams; the TimeProvider only bounds the current year so that no date lies in the future.
/// </summary>
public sealed class DeliveryGenerator(TimeProvider time)
{
    private const string CourtsSheet = "Entscheidungen";

    public GenerationResult Generate(GenerationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Persons, 30);
        var window = ReferenceWindow.For(options.Year, time);
        var seed = options.Seed;
        var deriver = new LinkageKeyDeriver(DemoSecret.For(seed));
        var population = new PopulationBuilder(window, deriver, seed);
        var registrations = population.Build(options.Persons);
        var cases = new JusticeBuilder(window, deriver, population, seed).Build(RegisteredVictims(registrations));
        new SocialCareBuilder(window, seed).Apply(registrations);
        AssignRecordIds(registrations, cases, window, seed);

        var files = new DeliveryFiles(options.OutputDirectory);
        WriteVictimDeliveries(files, registrations, window, seed);
        WriteJusticeDeliveries(files, cases, window.Year);
        var model = new GeneratedModel(registrations, cases, IdentificationDecisions.Build(registrations, window, seed), CourtRegistry.Persons(cases, seed));
        AggregateDeliveries.Write(files, model.Decisions, model.Registry, window);

        var truth = GroundTruthCalculator.Compute(window, seed, model, files.Truths);
        var truthPath = files.Write("ground-truth.json", truth.ToJson());
        var secretPath = files.Write(Path.Combine("raw", "demo-secret.txt"), CsvText.Utf8.GetBytes(DemoSecret.FileText(seed)));
        return new GenerationResult(files.Written, truth, truthPath, secretPath) { Model = model };
    }

    private static void WriteVictimDeliveries(DeliveryFiles files, List<VictimRegistration> registrations, ReferenceWindow window, int seed)
    {
        var y = window.Year.ToString(CultureInfo.InvariantCulture);
        var police = InFileOrder(registrations, "POL", rowRules: false);
        var policeBytes = CsvText.Utf8.GetBytes(CsvText.Build(PoliceVictimsFormat.Header, police.Select(PoliceVictimsFormat.Row), PoliceVictimsFormat.Delimiter));
        files.Loaded($"clean/police_victims_{y}.csv", "police-victims", policeBytes, police.Count);

        var nrm = InFileOrder(registrations, "NRM", rowRules: false);
        var nrmBytes = NrmJsonFormat.Build(nrm);
        files.Loaded($"clean/nrm_cases_{y}.json", "socialcare-nrm", nrmBytes, nrm.Count,
            new() { ["assistance"] = nrm.Sum(r => r.Services.Count), ["immigration"] = nrm.Sum(r => r.Decisions.Count) });

        var ngo = InFileOrder(registrations, "NGO1", rowRules: false);
        var orgRandom = SeededRandom.For(seed, "ngo-decision-org");
        var ngoRows = ngo.Select(r => NgoFormat.Row(r, NgoFormat.DecisionOrg(r, orgRandom))).ToList();
        files.Loaded($"clean/ngo_htcds_{y}.csv", "ngo-htcds", CsvText.Utf8.GetBytes(CsvText.Build(NgoFormat.Header, ngoRows, NgoFormat.Delimiter)), ngo.Count,
            new() { ["assistance"] = ngo.Sum(r => r.Services.Count) });

        files.Refused($"raw/police_victims_raw_{y}.csv", "police-victims", "identifying_column",
            CsvText.Utf8.GetBytes(CsvText.Build(PoliceVictimsFormat.RawHeader, police.Select(PoliceVictimsFormat.RawRow), PoliceVictimsFormat.Delimiter)));

        files.Refused($"dirty/police_victims_{y}_identifying.csv", "police-victims", "identifying_column", DirtyDeliveries.WithFirstName(police));
        files.Refused($"dirty/ngo_htcds_{y}_latin1.csv", "ngo-htcds", "unreadable_encoding", DirtyDeliveries.AsWindows1252(ngoRows, window.Year));
        files.Refused($"dirty/nrm_cases_{y}_truncated.json", "socialcare-nrm", "malformed_file", DirtyDeliveries.Truncated(nrmBytes));
        files.Duplicate($"dirty/police_victims_{y}_resent.csv", "police-victims", policeBytes);

        var good = InFileOrder(registrations, "POL", rowRules: true);
        var rowRules = RowRulesDelivery.Rows(window, good, SeededRandom.For(seed, "row-rules"));
        files.Loaded($"dirty/police_victims_{y}_rowrules.csv", "police-victims",
            CsvText.Utf8.GetBytes(CsvText.Build(PoliceVictimsFormat.Header, rowRules, PoliceVictimsFormat.Delimiter)), good.Count,
            quarantined: RowRulesDelivery.Expected());
    }

    private static void WriteJusticeDeliveries(DeliveryFiles files, List<JusticeCase> cases, int year)
    {
        var y = year.ToString(CultureInfo.InvariantCulture);
        var suspects = JusticeFormats.Ordered(cases, s => s.SuspectedOn).Select(x => JusticeFormats.SuspectRow(x.Case, x.Suspect)).ToList();
        files.Loaded($"clean/police_suspects_{y}.csv", "police-suspects",
            CsvText.Utf8.GetBytes(CsvText.Build(JusticeFormats.SuspectsHeader, suspects, ';')), suspects.Count);

        var prosecution = JusticeFormats.Ordered(cases, s => s.IndictedOn).Select(x => JusticeFormats.ProsecutionRow(x.Case, x.Suspect)).ToList();
        files.Loaded($"clean/prosecution_persons_{y}.csv", "prosecution-persons",
            CsvText.Utf8.GetBytes(CsvText.Build(JusticeFormats.ProsecutionHeader, prosecution, ',')), prosecution.Count);

        var courts = JusticeFormats.Ordered(cases, s => s.Decision?.Date).Select(x => JusticeFormats.CourtRow(x.Case, x.Suspect)).ToList();
        files.Loaded($"clean/courts_decisions_{y}.xlsx", "courts-decisions", XlsxFile.Build(CourtsSheet, JusticeFormats.CourtsHeader, courts), courts.Count);

        files.Refused($"dirty/prosecution_persons_{y}_unknown_column.csv", "prosecution-persons", "unknown_column", DirtyDeliveries.WithPriorityFlag(prosecution));
        files.Refused($"dirty/courts_decisions_{y}_missing_column.xlsx", "courts-decisions", "missing_required_column",
            DirtyDeliveries.WithoutDecisionDate(courts, CourtsSheet));
    }

    private static List<VictimRegistration> InFileOrder(IEnumerable<VictimRegistration> registrations, string agency, bool rowRules) =>
        [.. registrations.Where(r => r.Agency == agency && r.InRowRulesFile == rowRules).OrderBy(r => r.RegisteredOn).ThenBy(r => r.Person.Number)];

    private static int RegisteredVictims(IEnumerable<VictimRegistration> registrations) =>
        registrations.GroupBy(r => r.Person.Number).Count(g => g.Any(r => r.Status is "IDENT" or "PRES"));

    /// <summary>Police rows name one of the year's police cases; NRM and NGO number their cases in file order.</summary>
    private static void AssignRecordIds(List<VictimRegistration> registrations, List<JusticeCase> cases, ReferenceWindow window, int seed)
    {
        var random = SeededRandom.For(seed, "record-ids");
        foreach (var r in registrations.Where(r => r.Agency == "POL").OrderBy(r => r.Person.Number).ThenBy(r => r.RegisteredOn))
        {
            r.RecordId = random.Pick(cases).PoliceRef;
        }

        Number(InFileOrder(registrations, "NRM", rowRules: false), "NRM", window.Year);
        Number(InFileOrder(registrations, "NGO1", rowRules: false), "HTC", window.Year);
    }

    private static void Number(List<VictimRegistration> registrations, string prefix, int year)
    {
        for (var i = 0; i < registrations.Count; i++)
        {
            registrations[i].RecordId = string.Create(CultureInfo.InvariantCulture, $"{prefix}-{year}-{i + 1:D4}");
        }
    }
}
