using System.Globalization;
using System.Text.RegularExpressions;

namespace Stats.Warehouse.Vintages;

/// <summary>
/// What a publish or a retention cut short by a kill leaves in the vintages folder: a vintage whose manifest was written but
/// whose switch never happened (listed, never served: keeping it would rewrite history, as if readers had seen it), snapshot
/// and manifest temp files, and vintage files without a manifest. Each may be as large as a vintage and would stay forever,
/// and its id would be skipped. Removed by the single writer before it publishes; manifests first, as retention does.
/// </summary>
internal static partial class UnfinishedVintages
{
    public static IReadOnlyList<string> Remove(string vintagesPath, int? currentId)
    {
        if (!Directory.Exists(vintagesPath))
        {
            return [];
        }

        var removed = new List<string>();
        foreach (var manifest in Directory.EnumerateFiles(vintagesPath, "vintage-*.json"))
        {
            if (Manifest().Match(Path.GetFileName(manifest)) is { Success: true } m && int.Parse(m.Groups["id"].Value, CultureInfo.InvariantCulture) > (currentId ?? 0))
            {
                File.Delete(manifest);
                removed.Add(Path.GetFileName(manifest));
            }
        }

        foreach (var file in Directory.EnumerateFiles(vintagesPath))
        {
            var name = Path.GetFileName(file);
            var unlisted = VintageFile().Match(name) is { Success: true } m
                && !File.Exists(Path.Combine(vintagesPath, $"vintage-{m.Groups["id"].Value}.json"));
            if (name.EndsWith(".tmp", StringComparison.Ordinal) || name.EndsWith(".tmp.wal", StringComparison.Ordinal) || unlisted)
            {
                File.Delete(file);
                removed.Add(name);
            }
        }

        return removed;
    }

    [GeneratedRegex(@"^vintage-(?<id>\d{6})\.json$", RegexOptions.CultureInvariant)]
    private static partial Regex Manifest();

    [GeneratedRegex(@"^vintage-(?<id>\d{6})\.duckdb(\.wal)?$", RegexOptions.CultureInvariant)]
    private static partial Regex VintageFile();
}
