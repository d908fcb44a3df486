using System.Globalization;
using System.Text.Json;
using Stats.Warehouse;
using Stats.Warehouse.Vintages;

namespace Stats.Hardening.Tests.Crash;

/// <summary>
/// The served vintage after a kill: current.json names a whole vintage file (never a .tmp), the file opens, is the
/// vintage the manifest says, and holds table for table what the clean run's vintage of the same deliveries holds; it is the
/// previous or the new vintage of the step. Every other listed vintage (a reader may ask for it by id) is checked once the same way.
/// </summary>
internal sealed class VintageChecks(string data, ExpectedVintages expected, CrashTally tally)
{
    private readonly HashSet<int> _checked = [];
    private readonly HashSet<int> _served = [];
    private readonly VintageStore _store = new(new WarehouseOptions { DataDirectory = data });

    public async Task<(string? Fingerprint, int? Id)> RunAsync(IReadOnlyList<string?> allowed, string context)
    {
        var current = Path.Combine(_store.VintagesPath, "current.json");
        string? fingerprint = null;
        int? id = null;
        if (File.Exists(current))
        {
            // Parsed by the test itself too: a half-written current.json must never be visible.
            using (var json = JsonDocument.Parse(await File.ReadAllTextAsync(current)))
            {
                var file = json.RootElement.GetProperty("file").GetString();
                file.Should().MatchRegex(@"^vintage-\d{6}\.duckdb$", $"{context}: current.json names a whole vintage file, never a temp file");
            }

            var vintage = _store.Current()!;
            var content = await CheckAsync(vintage, context);
            (fingerprint, id) = (content.Fingerprint, vintage.Id);
            _served.Add(vintage.Id);
        }

        allowed.Should().Contain(fingerprint, $"{context}: the served vintage is the previous or the new one of this step");
        tally.Check(2);

        foreach (var listed in _store.List().Where(v => !_checked.Contains(v.Id)))
        {
            await CheckAsync(listed, context);
            if (listed.Id != id)
            {
                tally.ListedNeverServed++;
            }
        }

        foreach (var manifest in Directory.Exists(_store.VintagesPath) ? Directory.EnumerateFiles(_store.VintagesPath, "vintage-*.json") : [])
        {
            File.Exists(Path.ChangeExtension(manifest, ".duckdb")).Should().BeTrue($"{context}: {Path.GetFileName(manifest)} lists a vintage whose file exists");
            tally.Check();
        }

        return (fingerprint, id);
    }

    private async Task<SnapshotContent> CheckAsync(VintageInfo vintage, string context)
    {
        File.Exists(vintage.FilePath).Should().BeTrue($"{context}: vintage {vintage.Id}'s file exists");
        await using var snapshot = await _store.OpenReadOnlyAsync(vintage, CancellationToken.None);
        var content = await SnapshotContent.ReadAsync(snapshot);
        content.VintageId.Should().Be(vintage.Id, $"{context}: {Path.GetFileName(vintage.FilePath)} is the vintage its manifest names");
        var reference = expected.Find(content.Fingerprint);
        reference.Should().NotBeNull($"{context}: vintage {vintage.Id} was built from deliveries the clean run published together ({content.Fingerprint})");
        content.TableRows.Should().Equal(reference!.TableRows, $"{context}: vintage {vintage.Id} holds every table and row of its deliveries' clean vintage");
        tally.Check(3 + content.TableRows.Count);
        _checked.Add(vintage.Id);
        return content;
    }

    /// <summary>Vintages listed now that were never the current one when an attempt ended.</summary>
    public IReadOnlyList<int> ListedNeverServed() => _store.List().Select(v => v.Id).Where(v => !_served.Contains(v)).ToList();

    /// <summary>Temp files a killed publish left in the vintages folder (never served: current.json was checked above).</summary>
    public IReadOnlyList<string> TempFiles() =>
        Directory.Exists(_store.VintagesPath)
            ? Directory.EnumerateFiles(_store.VintagesPath).Select(Path.GetFileName).OfType<string>()
                .Where(n => n.Contains(".tmp", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList()
            : [];

    public static string Describe(int? id) => id?.ToString(CultureInfo.InvariantCulture) ?? "none";
}
