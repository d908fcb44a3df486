using System.Text;
using System.Text.Json.Nodes;
using MiniExcelLibs;
using Stats.Etl.Contracts;

namespace Stats.Hardening.Tests.Corpus;

/// <summary>
/// The clean deliveries `stats generate` wrote for one year, one per shipped contract, read into tables (CSV, XLSX)
/// and a JSON document, from which the corpus derives its malformed and hostile files.
/// </summary>
internal sealed class CleanDeliveries
{
    /// <summary>Contract id → the clean file of `stats generate` (deliveries/&lt;year&gt;/clean).</summary>
    public static IReadOnlyDictionary<string, string> FileNames(int year) => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["police-victims"] = $"police_victims_{year}.csv",
        ["police-suspects"] = $"police_suspects_{year}.csv",
        ["prosecution-persons"] = $"prosecution_persons_{year}.csv",
        ["ngo-htcds"] = $"ngo_htcds_{year}.csv",
        ["socialcare-nrm"] = $"nrm_cases_{year}.json",
        ["courts-decisions"] = $"courts_decisions_{year}.xlsx",
        ["idauthority-decisions"] = $"identification_decisions_{year}.csv",
        ["court-registry-convictions"] = $"court_registry_convictions_{year}.xlsx",
    };

    private readonly Dictionary<string, FlatTable> _tables = new(StringComparer.Ordinal);
    private readonly Dictionary<string, byte[]> _bytes = new(StringComparer.Ordinal);

    public CleanDeliveries(string cleanFolder, int year, ContractRepository contracts)
    {
        foreach (var (id, name) in FileNames(year))
        {
            var path = Path.Combine(cleanFolder, name);
            var contract = contracts.Get(id);
            Contracts[id] = contract;
            Paths[id] = path;
            _bytes[id] = File.ReadAllBytes(path);
            switch (contract.Format.Type)
            {
                case "csv":
                    _tables[id] = ReadCsv(_bytes[id], contract.Format.Delimiter![0]);
                    break;
                case "xlsx":
                    _tables[id] = ReadXlsx(path, contract.Format.Sheet!);
                    break;
                default:
                    Nrm = JsonNode.Parse(_bytes[id])!.AsObject();
                    break;
            }
        }
    }

    public Dictionary<string, SourceContract> Contracts { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> Paths { get; } = new(StringComparer.Ordinal);

    /// <summary>The social care JSON delivery (records under "cases").</summary>
    public JsonObject Nrm { get; private set; } = null!;

    public IEnumerable<string> ContractIds => Contracts.Keys;

    public FlatTable Table(string contractId) => _tables[contractId];

    public byte[] Bytes(string contractId) => _bytes[contractId];

    /// <summary>The clean files are unquoted (the generator quotes nothing it writes), so a split reads them exactly.</summary>
    private static FlatTable ReadCsv(byte[] bytes, char delimiter)
    {
        var lines = Encoding.UTF8.GetString(bytes).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        if (lines.Any(l => l.Contains('"', StringComparison.Ordinal)))
        {
            throw new InvalidOperationException("a clean CSV delivery holds quotes; the corpus reads clean files by splitting.");
        }

        return new FlatTable(lines[0].Split(delimiter), [.. lines.Skip(1).Select(l => l.Split(delimiter).Cast<object?>().ToArray())]);
    }

    private static FlatTable ReadXlsx(string path, string sheet)
    {
        var rows = MiniExcel.Query(path, useHeaderRow: false, sheetName: sheet).Cast<IDictionary<string, object?>>().ToList();
        var letters = rows[0].Keys.ToList();
        var header = letters.Select(l => Convert.ToString(rows[0][l], System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty).ToList();
        var data = rows.Skip(1).Select(r => letters.Select(l => r.TryGetValue(l, out var v) ? v : null).ToArray()).ToList();
        return new FlatTable(header, data);
    }
}
