using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace Stats.Hardening.Tests.Security;

/// <summary>
/// Issue 10, item 5: secrets come only from configuration. No shipped file (appsettings.json, everything under src/ and
/// etl/contracts, and the copies next to the binary) holds an API key, a password, a token, a linkage secret, a key hash or a
/// private key; placeholders in documentation ("Password=…") are not secrets.
/// </summary>
public sealed partial class ShippedSecretsTests(ITestOutputHelper output)
{
    private static readonly string[] Placeholders = ["…", "...", "***", "xxx"];

    [Fact]
    public void Issue_10_no_shipped_file_holds_a_secret_value()
    {
        var repo = RepositoryRoot();
        var files = new[] { Path.Combine(repo, "src"), Path.Combine(repo, "etl", "contracts") }
            .SelectMany(d => Directory.EnumerateFiles(d, "*", SearchOption.AllDirectories))
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .Concat(Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "contracts")))
            .Concat(Directory.EnumerateFiles(AppContext.BaseDirectory, "appsettings*.json"))
            .ToList();
        files.Should().Contain(f => f.EndsWith(Path.Combine("Stats.Host", "appsettings.json"), StringComparison.Ordinal));

        // Each pattern finds what it is for (else a clean scan proves nothing).
        var key = Catalog.ApiKeys.ApiKeySecret.Generate();
        string[] samples =
        [
            "X-Api-Key: " + key, "\"Password\": \"hunter2\"", "Host=db;Username=stats;Password=hunter2;", "hex:0123456789abcdef0123",
            Catalog.ApiKeys.ApiKeySecret.Hash(key), "-----BEGIN RSA PRIVATE KEY-----",
        ];
        Patterns().Select((p, i) => p.Pattern.IsMatch(samples[i])).Should().AllBeEquivalentTo(true);

        var findings = new List<string>();
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            foreach (var (name, pattern) in Patterns())
            {
                foreach (Match match in pattern.Matches(text))
                {
                    var value = match.Groups["value"].Success ? match.Groups["value"].Value : match.Value;
                    if (!Placeholders.Any(p => value.StartsWith(p, StringComparison.Ordinal)))
                    {
                        findings.Add($"{Path.GetRelativePath(repo, file)}: {name}: {match.Value[..Math.Min(60, match.Value.Length)]}");
                    }
                }
            }
        }

        output.WriteLine($"shipped files scanned for secrets: {files.Count} (src/, etl/contracts, the binary's contracts and appsettings), {Patterns().Count} patterns");
        findings.Should().BeEmpty();
    }

    /// <summary>The folder holding Stats.sln, above the test binary.</summary>
    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Stats.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Stats.sln not found above " + AppContext.BaseDirectory);
    }

    private static IReadOnlyList<(string Name, Regex Pattern)> Patterns() =>
    [
        ("an API key", ApiKey()),
        ("a secret setting with a value", SecretSetting()),
        ("a password in a connection string", ConnectionPassword()),
        ("a linkage secret", LinkageSecret()),
        ("a 256-bit hex value (key hash or linkage key)", Hex64()),
        ("a private key", PrivateKey()),
    ];

    [GeneratedRegex(@"stats_[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])")]
    private static partial Regex ApiKey();

    /// <summary>JSON or configuration: "Password": "x", "BearerToken": "x", "HeaderValue": "x", "Secret": "x", "ApiKey": "x".</summary>
    [GeneratedRegex(@"""(?:[A-Za-z]*Password|[A-Za-z]*Secret|BearerToken|HeaderValue|ApiKey|Token)""\s*:\s*""(?<value>[^""]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex SecretSetting();

    /// <summary>Connection-string style (Password=x; no spaces around '=', unlike C# code such as <c>var password = …</c>).</summary>
    [GeneratedRegex(@"(?:Password|Pwd|PASSWORD)=(?<value>[^;""'\s]+)")]
    private static partial Regex ConnectionPassword();

    [GeneratedRegex(@"hex:[0-9a-fA-F]{16,}")]
    private static partial Regex LinkageSecret();

    [GeneratedRegex(@"(?<![0-9A-Fa-f])[0-9A-Fa-f]{64}(?![0-9A-Fa-f])")]
    private static partial Regex Hex64();

    [GeneratedRegex(@"-----BEGIN [A-Z ]*PRIVATE KEY-----")]
    private static partial Regex PrivateKey();
}
