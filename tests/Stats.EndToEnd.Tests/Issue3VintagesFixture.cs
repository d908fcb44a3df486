using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Stats.Etl.Synthetic;

namespace Stats.EndToEnd.Tests;

/// <summary>
/// One data folder shared by the issue 3 read tests, built once because publishing (disclosure control included) is the slow
/// part: the demo publishes vintage 1; then a corrected police delivery adds <see cref="NewPersons"/> identified victims in
/// March 2025 (new linkage keys, written here in the contract's format) and `publish` makes vintage 2.
/// </summary>
public sealed class Issue3VintagesFixture : IAsyncLifetime
{
    public const int NewPersons = 6;

    private readonly TempDataFolder _data = new();

    public string DataPath => _data.Path;

    internal CliRun Demo { get; private set; } = null!;

    internal CliRun Correction { get; private set; } = null!;

    internal CliRun Republish { get; private set; } = null!;

    public GroundTruth Truth { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Demo = await CliRun.RunAsync("demo", "--no-serve", "--data", DataPath, "--year", "2025", "--seed", "42");
        Truth = GroundTruth.Read(Path.Combine(_data.Deliveries(2025), "ground-truth.json"));
        var correction = Path.Combine(DataPath, "police_victims_2025_correction.csv");
        await File.WriteAllTextAsync(correction, CorrectionDelivery());
        Correction = await CliRun.RunAsync("load", "--data", DataPath, "--contract", "police-victims", correction);
        Republish = await CliRun.RunAsync("publish", "--data", DataPath);
    }

    public Task DisposeAsync()
    {
        _data.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>A police delivery in the contract's format (';', dd.MM.yyyy): new persons identified in March 2025.</summary>
    internal static string CorrectionDelivery()
    {
        var text = new StringBuilder("case_ref;person_pseudonym;detected_on;identified_on;victim_category;gender;age;nationality;district_nuts;exploitation;sector;cross_border\n");
        for (var i = 1; i <= NewPersons; i++)
        {
            var key = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"issue-3-correction-person-{i}")));
            text.Append(CultureInfo.InvariantCulture,
                $"PK-2025-C{i:0000};{key};{i + 2:00}.03.2025;20.03.2025;identified;{(i % 3 == 0 ? "m" : "w")};{24 + i};RO;AT130;sexual;;yes\n");
        }

        return text.ToString();
    }
}
