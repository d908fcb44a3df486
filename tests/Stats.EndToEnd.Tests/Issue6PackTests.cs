using MimeKit;
using Stats.Catalog;
using Stats.Catalog.Entities;
using Stats.Charts.Tests.Delivery;
using Microsoft.EntityFrameworkCore;

namespace Stats.EndToEnd.Tests;

/// <summary>
/// The monthly pack end to end over the demo: the demo's outbox, delivery to a real SMTP server by `stats pack` in its own
/// process, skipping and resending, and the errors a user can make.
/// </summary>
public sealed class Issue6PackTests(Issue6PackDemo demo) : IClassFixture<Issue6PackDemo>
{
    private const string Subject = "Trafficking in human beings: monthly figures: December 2025 (vintage 1)";
    private const int Charts = 10;

    [Fact]
    public async Task Issue_6_the_demo_writes_december_s_pack_for_a_public_and_an_analyst_subscriber()
    {
        var folders = Directory.GetDirectories(demo.Outbox).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        folders.Should().Equal("demo-ministry-public-1", "demo-rapporteur-analyst-2");
        var published = MimeMessage.Load(Path.Combine(demo.Outbox, folders[0]!, "message.eml"));
        var analyst = MimeMessage.Load(Path.Combine(demo.Outbox, folders[1]!, "message.eml"));

        CheckShape(published, "ministry@example.org", Subject);
        CheckShape(analyst, "rapporteur@example.org", Subject + " [analyst figures]");
        File.ReadAllBytes(Path.Combine(demo.Outbox, folders[0]!, "justice-funnel.png")).Should().StartWith(new byte[] { 0x89, 0x50, 0x4E, 0x47 });
        File.ReadAllText(Path.Combine(demo.Outbox, folders[0]!, "justice-funnel.svg")).Should().StartWith("<");

        // The demo's published figures (issue 2: V04 by sex F 171, M 100) are in the public data; every cell suppressed
        // for the public (conf status C or D, as the analyst's copy shows) has no value in the public copy.
        var publicRows = CsvRows(published);
        var analystRows = CsvRows(analyst);
        publicRows.Should().Contain(r => r.Chart == "victims-by-sex" && r.Category == "Female" && r.Value == "171");
        publicRows.Should().Contain(r => r.Chart == "victims-by-sex" && r.Category == "Male" && r.Value == "100");
        var suppressed = analystRows.Where(r => r.Conf is "C" or "D" && r.Series != "suppressed (c)").ToList();
        suppressed.Should().NotBeEmpty().And.OnlyContain(r => r.Value.Length > 0);
        foreach (var cell in suppressed)
        {
            var seen = publicRows.Single(r => r.Chart == cell.Chart && r.Series == cell.Series && r.Period == cell.Period && r.Category == cell.Category);
            seen.Value.Should().BeEmpty($"{cell} is suppressed for the public");
            seen.Flags.Should().Contain("c");
        }

        await using var db = await CatalogDatabase.OpenAsync(new CatalogOptions(), demo.DataPath, default);
        var deliveries = await db.PackDeliveries.Where(d => d.Month == "2025-12").ToListAsync();
        deliveries.Select(d => (d.RecipientEmail, d.Role, d.Status, d.VintageId)).Should().Contain(
            [("ministry@example.org", SubscriptionRole.Public, PackDeliveryStatus.OutboxOnly, 1), ("rapporteur@example.org", SubscriptionRole.Analyst, PackDeliveryStatus.OutboxOnly, 1)]);
    }

    [SmtpFact]
    public async Task Issue_6_stats_pack_delivers_by_smtp_once_and_resends_on_request()
    {
        using var sink = await SmtpSink.StartAsync();
        var environment = new Dictionary<string, string>
        {
            ["STATS_Pack__Smtp__Host"] = sink.Host,
            ["STATS_Pack__Smtp__Port"] = sink.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["STATS_Pack__Smtp__Security"] = "None",
            ["STATS_Pack__Smtp__FromAddress"] = "stats@example.org",
            ["STATS_Pack__Smtp__FromName"] = "THB statistics",
        };
        var first = await Issue5StatsProcess.RunAsync(environment, TimeSpan.FromMinutes(2), "pack", "--month", "2025-12", "--data", demo.DataPath);
        first.ExitCode.Should().Be(0, first.Output);

        var received = sink.Received();
        received.Should().HaveCount(2);
        var toPublic = received.Single(m => m.EnvelopeTo.SequenceEqual(["ministry@example.org"]));
        var toAnalyst = received.Single(m => m.EnvelopeTo.SequenceEqual(["rapporteur@example.org"]));
        CheckShape(toPublic.Message, "ministry@example.org", Subject);
        CheckShape(toAnalyst.Message, "rapporteur@example.org", Subject + " [analyst figures]");
        toPublic.EnvelopeFrom.Should().Be("stats@example.org");
        toPublic.Message.From.Mailboxes.Single().Address.Should().Be("stats@example.org");

        // What the public recipient received is exactly the public pack the outbox holds: no analyst figure travelled.
        CsvRows(toPublic.Message).Should().Equal(CsvRows(MimeMessage.Load(Path.Combine(demo.Outbox, "demo-ministry-public-1", "message.eml"))));
        CsvRows(toPublic.Message).Should().NotEqual(CsvRows(toAnalyst.Message));

        var again = await Issue5StatsProcess.RunAsync(environment, TimeSpan.FromMinutes(2), "pack", "--month", "2025-12", "--data", demo.DataPath);
        again.ExitCode.Should().Be(0, again.Output);
        again.Output.Should().Contain("already sent");
        sink.Received().Should().HaveCount(2);

        var resend = await Issue5StatsProcess.RunAsync(
            environment, TimeSpan.FromMinutes(2), "pack", "--month", "2025-12", "--resend", "--recipient", "ministry@example.org", "--data", demo.DataPath);
        resend.ExitCode.Should().Be(0, resend.Output);
        sink.Received().Should().HaveCount(3);
        sink.Received().Count(m => m.EnvelopeTo.SequenceEqual(["ministry@example.org"])).Should().Be(2);
    }

    [Theory]
    [InlineData("2025-13", "error: --month '2025-13' is not a month: give it as yyyy-MM, for example 2025-10.")]
    [InlineData("2031-01", "error: --month 2031-01 has not ended yet")]
    [InlineData("2019-05", "error: --month 2019-05: vintage 1 holds monthly figures from 2025-01 to 2025-12; 2019-05 is not among them.")]
    public async Task Issue_6_a_month_that_cannot_be_packed_is_refused(string month, string error)
    {
        var run = await CliRun.RunAsync("pack", "--month", month, "--data", demo.DataPath);
        run.ExitCode.Should().Be(1);
        run.Error.Should().StartWith(error);
    }

    [Fact]
    public async Task Issue_6_an_unknown_recipient_is_refused_with_the_subscriptions()
    {
        var run = await CliRun.RunAsync("pack", "--month", "2025-12", "--recipient", "nobody@example.org", "--data", demo.DataPath);
        run.ExitCode.Should().Be(1);
        run.Error.Should().StartWith("error: --recipient 'nobody@example.org' is not an active subscription. Subscriptions: Demo ministry (public), Demo rapporteur (analyst).");
    }

    [Fact]
    public async Task Issue_6_a_pack_definition_naming_an_unknown_indicator_is_refused_before_anything_is_sent()
    {
        var dashboards = Directory.CreateTempSubdirectory("stats-dashboards-").FullName;
        try
        {
            CopyFolder(Path.Combine(AppContext.BaseDirectory, "dashboards"), dashboards);
            var pack = Path.Combine(dashboards, "packs", "ministry.json");
            File.WriteAllText(pack, File.ReadAllText(pack).Replace("\"V06\"", "\"V99\"", StringComparison.Ordinal));
            var before = Directory.GetFiles(demo.Outbox, "*", SearchOption.AllDirectories).Select(File.GetLastWriteTimeUtc).Max();

            var run = await Issue5StatsProcess.RunAsync(
                new Dictionary<string, string> { ["STATS_Pack__DashboardsDirectory"] = dashboards }, TimeSpan.FromMinutes(1),
                "pack", "--month", "2025-12", "--resend", "--data", demo.DataPath);
            run.ExitCode.Should().Be(1);
            run.Output.Should().Contain("error: ministry.json: headline names the unknown indicator 'V99'. Known: A01");
            Directory.GetFiles(demo.Outbox, "*", SearchOption.AllDirectories).Select(File.GetLastWriteTimeUtc).Max().Should().Be(before);
        }
        finally
        {
            Directory.Delete(dashboards, recursive: true);
        }
    }

    private static void CheckShape(MimeMessage message, string to, string subject)
    {
        message.To.Mailboxes.Select(m => m.Address).Should().Equal(to);
        message.Subject.Should().Be(subject);
        var inline = message.BodyParts.OfType<MimePart>().Where(p => p.ContentType.MimeType == "image/png").ToList();
        inline.Should().HaveCount(Charts).And.OnlyContain(p => p.ContentId != null && message.HtmlBody!.Contains("cid:" + p.ContentId, StringComparison.Ordinal));
        message.Attachments.OfType<MimePart>().Select(a => a.FileName).Should().Equal("ministry-2025-12.html", "ministry-2025-12-data.csv");
        message.TextBody.Should().Contain("Registered victims:");
    }

    private sealed record CsvRow(string Chart, string Series, string Period, string Category, string Value, string Flags, string Conf);

    private static List<CsvRow> CsvRows(MimeMessage message)
    {
        var csv = message.Attachments.OfType<MimePart>().Single(a => a.FileName!.EndsWith(".csv", StringComparison.Ordinal));
        using var stream = new MemoryStream();
        csv.Content!.DecodeTo(stream);
        var lines = System.Text.Encoding.UTF8.GetString(stream.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        lines[0].Should().Be("chart_id,series,time_period,category,value,flags,conf_status");
        return lines.Skip(1).Select(Fields).Select(f => new CsvRow(f[0], f[1], f[2], f[3], f[4], f[5], f[6])).ToList();
    }

    /// <summary>RFC 4180 fields (labels may hold commas and quotes).</summary>
    private static List<string> Fields(string line)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                field.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
