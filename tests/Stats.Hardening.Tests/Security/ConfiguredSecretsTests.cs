using System.Diagnostics;
using System.Globalization;
using System.Text;
using Stats.EndToEnd.Tests;
using Xunit.Abstractions;

namespace Stats.Hardening.Tests.Security;

/// <summary>
/// Issue 10, item 5: secrets come from configuration (the environment here), are used, and are never echoed. `stats serve`
/// refuses to start, naming the setting, when a secret it needs is missing or two conflict, and shows no secret value while
/// it refuses; an agency's pull password reaches the agency, an SMTP password the mail server, and neither appears in the
/// command's output, the run history, the outbox or anywhere in the data folder, even when the server repeats the password
/// in its refusal; an SMTP user without a password is named before any connection; the linkage secret is read from the
/// file given and only from it.
/// </summary>
[Collection(SecurityCollection.Name)]
public sealed class ConfiguredSecretsTests(SecurityWarehouse warehouse, ITestOutputHelper output)
{
    private const string Pull = "STATS_Intake__Sources__" + SecurityWarehouse.Contract + "__Pull__";

    [Fact]
    public async Task Issue_10_serve_refuses_to_start_naming_a_missing_or_conflicting_secret_without_echoing_one()
    {
        var watch = Stopwatch.StartNew();
        var secret = "S3cret-" + Guid.NewGuid().ToString("N");
        var cases = new (string Name, Dictionary<string, string> Environment, string[] Named)[]
        {
            ("pull user without password", new() { [Pull + "Url"] = "http://127.0.0.1:9/d.csv", [Pull + "Username"] = "agency" },
                [$"Intake:Sources:{SecurityWarehouse.Contract}:Pull:Password", "need both"]),
            ("credential header without value", new() { [Pull + "Url"] = "http://127.0.0.1:9/d.csv", [Pull + "HeaderName"] = "X-Agency-Token" },
                [$"Intake:Sources:{SecurityWarehouse.Contract}:Pull:HeaderValue", "needs both"]),
            ("two kinds of credentials", new() { [Pull + "Url"] = "http://127.0.0.1:9/d.csv", [Pull + "Username"] = "agency", [Pull + "Password"] = secret + "a", [Pull + "BearerToken"] = secret + "b" },
                [$"Intake:Sources:{SecurityWarehouse.Contract}:Pull", "at most one kind of credentials"]),
            ("PostgreSQL catalog without connection string", new() { ["STATS_Catalog__Provider"] = "PostgreSQL" }, ["Catalog:ConnectionString"]),
            ("PostgreSQL catalog that cannot be reached", new()
                {
                    ["STATS_Catalog__Provider"] = "PostgreSQL",
                    ["STATS_Catalog__ConnectionString"] = $"Host=127.0.0.1;Port=9;Database=stats;Username=stats;Password={secret}c;Timeout=3",
                },
                ["127.0.0.1"]),
        };
        var runs = await Task.WhenAll(cases.Select(c => Issue5StatsProcess.RunAsync(
            c.Environment, TimeSpan.FromSeconds(90), "serve", "--data", Path.Combine(warehouse.RootPath, "refuse-" + Guid.NewGuid().ToString("N")[..8]), "--urls", "http://127.0.0.1:0")));
        var failures = new List<string>();
        foreach (var ((name, _, named), (exitCode, text)) in cases.Zip(runs))
        {
            output.WriteLine($"{name}: exit {exitCode}: {text.Trim().ReplaceLineEndings(" | ")}");
            if (exitCode == 0 || text.Contains("OData feed:", StringComparison.Ordinal))
            {
                failures.Add($"{name}: serve started");
            }

            failures.AddRange(named.Where(n => !text.Contains(n, StringComparison.Ordinal)).Select(n => $"{name}: the output does not name '{n}'"));
            if (text.Contains(secret, StringComparison.Ordinal) || text.Contains("   at ", StringComparison.Ordinal))
            {
                failures.Add($"{name}: the output shows a secret or a stack trace");
            }
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"serve refused to start: {cases.Length} configurations, in {watch.Elapsed.TotalSeconds:0.0} s"));
        failures.Should().BeEmpty();
    }

    [Fact]
    public async Task Issue_10_pull_and_smtp_passwords_from_the_environment_are_used_and_never_echoed()
    {
        var watch = Stopwatch.StartNew();
        var pullSecret = "PullS3cret-" + Guid.NewGuid().ToString("N");
        var smtpSecret = "SmtpS3cret-" + Guid.NewGuid().ToString("N");
        var pullData = Copy("pull");
        var packData = Copy("pack");
        await SecurityWarehouse.Cli("subscriptions", "add", "--name", "first", "--email", "first@ministry.example", "--role", "public", "--data", packData);
        await SecurityWarehouse.Cli("subscriptions", "add", "--name", "second", "--email", "second@ministry.example", "--role", "public", "--data", packData);

        await using var agency = new CredentialEndpoint();
        await agency.StartAsync();
        await using var smtp = new FakeSmtpServer(acceptLogins: 1);
        var pullEnvironment = new Dictionary<string, string> { [Pull + "Url"] = agency.Url.ToString(), [Pull + "Username"] = "agency-user", [Pull + "Password"] = pullSecret };
        var smtpEnvironment = new Dictionary<string, string>
        {
            ["STATS_Pack__Smtp__Host"] = "127.0.0.1",
            ["STATS_Pack__Smtp__Port"] = smtp.Port.ToString(CultureInfo.InvariantCulture),
            ["STATS_Pack__Smtp__Security"] = "None",
            ["STATS_Pack__Smtp__UserName"] = "pack-user",
            ["STATS_Pack__Smtp__Password"] = smtpSecret,
            ["STATS_Pack__Smtp__FromAddress"] = "figures@stats.example",
            ["STATS_Pack__Smtp__Timeout"] = "00:00:10",
        };
        var pull = Issue5StatsProcess.RunAsync(pullEnvironment, TimeSpan.FromSeconds(90), "run", "pull:" + SecurityWarehouse.Contract, "--data", pullData);
        var pack = Issue5StatsProcess.RunAsync(smtpEnvironment, TimeSpan.FromSeconds(90), "pack", "--month", "2025-12", "--data", packData);
        var (pulled, pullOutput) = await pull;
        var (packed, packOutput) = await pack;
        output.WriteLine($"run pull: exit {pulled}: {pullOutput.Trim()}");
        output.WriteLine($"pack: exit {packed}: {packOutput.Trim()}");

        // The password went where it belongs.
        agency.Authorizations.Should().NotBeEmpty().And.OnlyContain(a => a == "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("agency-user:" + pullSecret)));
        smtp.Logins.Should().HaveCount(2).And.OnlyContain(l => l.User == "pack-user" && l.Password == smtpSecret);
        smtp.Messages.Should().Be(1, "the first login was accepted and its message sent; the second was refused");
        pullOutput.Should().Contain("401");
        packOutput.Should().Contain("credentials", "the refused login is reported");

        // An SMTP user without a password: said before any connection is made.
        var noPassword = new Stats.Charts.Delivery.SmtpOptions { Host = "127.0.0.1", Port = smtp.Port, Security = Stats.Charts.Delivery.SmtpSecurity.None, UserName = "pack-user", FromAddress = "figures@stats.example" };
        var message = new MimeKit.MimeMessage { Subject = "pack", Body = new MimeKit.TextPart("plain") { Text = "figures" } };
        message.To.Add(MimeKit.MailboxAddress.Parse("first@ministry.example"));
        var send = () => new Stats.Charts.Delivery.SmtpPackSender(noPassword).SendAsync(message, CancellationToken.None);
        var refused = (await send.Should().ThrowAsync<Stats.Charts.Delivery.PackDeliveryException>()).Which;
        refused.Message.Should().Contain("Pack:Smtp:Password").And.Contain("STATS_Pack__Smtp__Password");
        refused.IsTransient.Should().BeFalse();
        smtp.Logins.Should().HaveCount(2, "no login is tried without a password");

        // And nowhere else: outputs, the run history, the outbox, the catalog, any file of either data folder.
        var runs = await SecurityWarehouse.Cli("runs", "--data", pullData);
        var texts = new[] { pullOutput, packOutput, runs };
        var base64 = Convert.ToBase64String(Encoding.UTF8.GetBytes("agency-user:" + pullSecret));
        texts.Should().NotContain(t => t.Contains(pullSecret, StringComparison.Ordinal) || t.Contains(smtpSecret, StringComparison.Ordinal) || t.Contains(base64, StringComparison.Ordinal));
        var files = Directory.EnumerateFiles(pullData, "*", SearchOption.AllDirectories).Concat(Directory.EnumerateFiles(packData, "*", SearchOption.AllDirectories)).ToList();
        var holding = files.Where(f => Holds(f, pullSecret) || Holds(f, smtpSecret) || Holds(f, base64)).ToList();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"configured secrets: used by the agency pull ({agency.Authorizations.Count} request) and SMTP ({smtp.Logins.Count} logins); {texts.Length} outputs and {files.Count} data files scanned, in {watch.Elapsed.TotalSeconds:0.0} s"));
        holding.Should().BeEmpty();
    }

    [Fact]
    public async Task Issue_10_the_linkage_secret_is_read_from_the_file_given_and_never_shown()
    {
        var raw = Path.Combine(warehouse.GeneratedPath, "raw", "police_victims_raw_2025.csv");
        var demoSecret = Path.Combine(warehouse.GeneratedPath, "raw", "demo-secret.txt");
        var otherSecret = Path.Combine(warehouse.RootPath, "other-secret-" + Guid.NewGuid().ToString("N")[..8] + ".txt");
        var emptySecret = otherSecret + ".empty";
        var otherText = "national-secret-" + Guid.NewGuid().ToString("N");
        await File.WriteAllTextAsync(otherSecret, otherText + "\n");
        await File.WriteAllTextAsync(emptySecret, "  \n");
        var withDemo = otherSecret + ".demo.csv";
        var withOther = otherSecret + ".other.csv";

        var demo = await CliRun.RunAsync("pseudonymise", "--secret-file", demoSecret, "--in", raw, "--out", withDemo);
        var other = await CliRun.RunAsync("pseudonymise", "--secret-file", otherSecret, "--in", raw, "--out", withOther);
        var missing = await CliRun.RunAsync("pseudonymise", "--secret-file", otherSecret + ".missing", "--in", raw, "--out", otherSecret + ".x.csv");
        var empty = await CliRun.RunAsync("pseudonymise", "--secret-file", emptySecret, "--in", raw, "--out", otherSecret + ".y.csv");

        demo.ExitCode.Should().Be(0, demo.Error);
        other.ExitCode.Should().Be(0, other.Error);

        // The generator derived the clean delivery's keys with the demo secret on its own: the same file gives the same keys,
        // another secret none of them.
        var expected = LogScan.Column(Path.Combine(warehouse.GeneratedPath, "clean", "police_victims_2025.csv"), "person_pseudonym").ToHashSet();
        LogScan.Column(withDemo, "person_pseudonym").ToHashSet().Should().BeEquivalentTo(expected);
        LogScan.Column(withOther, "person_pseudonym").Should().NotIntersectWith(expected);

        missing.ExitCode.Should().NotBe(0);
        (missing.Error + missing.Output).Should().Contain(otherSecret + ".missing").And.Contain("does not exist");
        empty.ExitCode.Should().NotBe(0);
        empty.Error.Should().Contain(emptySecret).And.Contain("empty");
        var demoText = (await File.ReadAllTextAsync(demoSecret)).Trim();
        var demoHex = demoText["hex:".Length..];
        var shown = new[] { demo, other, missing, empty }.SelectMany(r => new[] { r.Output, r.Error }).Append(await File.ReadAllTextAsync(withOther)).Append(await File.ReadAllTextAsync(withDemo));
        shown.Should().NotContain(t => t.Contains(otherText, StringComparison.Ordinal) || t.Contains(demoText, StringComparison.Ordinal) || t.Contains(demoHex, StringComparison.Ordinal));
        output.WriteLine($"linkage secret: {expected.Count} keys re-derived from the secret file, none with another secret; a missing and an empty file refused by name");
    }

    private string Copy(string purpose)
    {
        var folder = Path.Combine(warehouse.RootPath, purpose + "-" + Guid.NewGuid().ToString("N")[..8]);
        SecurityWarehouse.CopyFolder(warehouse.PristinePath, folder);
        return folder;
    }

    private static bool Holds(string file, string text)
    {
        var bytes = File.ReadAllBytes(file);
        return bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0 || bytes.AsSpan().IndexOf(Encoding.Unicode.GetBytes(text)) >= 0;
    }
}
