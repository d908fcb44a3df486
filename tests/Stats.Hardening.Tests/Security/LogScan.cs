using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Stats.Hardening.Tests.Security;

/// <summary>
/// What must never be in a log: an API key in any form it travels or is stored in (as sent, without its prefix, its SHA-256
/// in either case, the Basic credentials carrying it), a linkage key or an identifying value of a delivery, and any other
/// 64-hex-digit string (the shape of linkage keys and key hashes) unless it is the SHA-256 of a delivered file, which the
/// upload receipt and the intake log name on purpose.
/// </summary>
internal static partial class LogScan
{
    public static IEnumerable<string> FormsOf(string key) =>
    [
        key,
        key[Catalog.ApiKeys.ApiKeySecret.Prefix.Length..],
        Catalog.ApiKeys.ApiKeySecret.Hash(key),
        Catalog.ApiKeys.ApiKeySecret.Hash(key).ToUpperInvariant(),
    ];

    /// <summary>
    /// What a session's log may not hold: every form of the fixture's keys and of <paramref name="fresh"/>, the credentials
    /// texts sent, and the linkage keys and first names of the two deliveries uploaded.
    /// </summary>
    public static List<string> Forbidden(SecurityKeys keys, string fresh, IEnumerable<string> sent, string rowRules, string identifying) =>
        keys.All.Append(fresh).SelectMany(FormsOf)
            .Concat(sent)
            .Concat(Column(rowRules, "person_pseudonym"))
            .Concat(Column(identifying, "person_pseudonym"))
            .Concat(Column(identifying, "first_name"))
            .ToList();

    /// <summary>The dirty deliveries the sessions upload: rows breaking rules (linkage keys) and one with a name column.</summary>
    public static (string RowRules, string Identifying) Deliveries(SecurityWarehouse warehouse) =>
        (Path.Combine(warehouse.GeneratedPath, "dirty", "police_victims_2025_rowrules.csv"),
         Path.Combine(warehouse.GeneratedPath, "dirty", "police_victims_2025_identifying.csv"));

    /// <summary>Every finding in <paramref name="lines"/>: which forbidden text, in which line (shortened).</summary>
    public static List<string> Findings(IEnumerable<string> lines, IEnumerable<string> forbidden, IReadOnlySet<string> deliveryDigests)
    {
        var texts = forbidden.Where(t => t.Length >= 4).Distinct(StringComparer.Ordinal).ToList();
        var findings = new List<string>();
        foreach (var line in lines)
        {
            foreach (var text in texts.Where(t => line.Contains(t, StringComparison.Ordinal)))
            {
                findings.Add($"'{Shorten(text, 20)}' in: {Shorten(line, 400)}");
            }

            foreach (Match hex in Hex64().Matches(line))
            {
                if (!deliveryDigests.Contains(hex.Value.ToLowerInvariant()))
                {
                    findings.Add($"a 64-hex value that is no delivered file's SHA-256 ({hex.Value[..12]}…) in: {Shorten(line, 400)}");
                }
            }
        }

        return findings;
    }

    /// <summary>SHA-256 (lower-case hex) of every file under the folders: the deliveries a server received, wherever intake moved them.</summary>
    public static HashSet<string> Digests(params string[] folders) =>
        folders.Where(Directory.Exists)
            .SelectMany(f => Directory.EnumerateFiles(f, "*", SearchOption.AllDirectories))
            .Select(f => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(f))))
            .ToHashSet(StringComparer.Ordinal);

    public static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>The values of the named columns of a ';'-separated delivery.</summary>
    public static IEnumerable<string> Column(string csvFile, string column)
    {
        var lines = File.ReadAllLines(csvFile);
        var index = Array.IndexOf(lines[0].Split(';'), column);
        return index < 0 ? throw new InvalidOperationException($"{csvFile} has no column {column}") : lines.Skip(1).Select(l => l.Split(';')[index]).Where(v => v.Length > 0);
    }

    [GeneratedRegex("(?<![0-9A-Fa-f])[0-9A-Fa-f]{64}(?![0-9A-Fa-f])")]
    private static partial Regex Hex64();

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..length] + "…";
}
