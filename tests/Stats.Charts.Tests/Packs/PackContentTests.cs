using System.Globalization;
using MimeKit;
using Stats.Charts.Packs;
using Stats.Charts.Tests.Support;
using Stats.Warehouse.Indicators;
using Stats.Warehouse.Sql;

namespace Stats.Charts.Tests.Packs;

/// <summary>
/// The ministry pack over the two-year demo vintage (pack month November 2025): what the public role receives does not
/// depend on any suppressed cell's value; the summary's figures, moves and revisions hold what they claim.
/// </summary>
public sealed class PackContentTests(DemoVintage demo) : IClassFixture<DemoVintage>
{
    private static readonly PackMonth Month = PackMonth.From(DemoVintage.Month);
    private static readonly DateTimeOffset GeneratedAt = new(2025, 12, 11, 7, 0, 0, TimeSpan.Zero);
    private static readonly PackRecipient Minister = new("Minister's office", "minister@example.org", IndicatorRole.Public);

    private PackDefinition Ministry => PackCatalogue.Load(DemoVintage.DashboardsFolder, demo.Charts, demo.Indicators).Get("ministry");

    private PackBuilder Builder => new(demo.Charts, new PackSummaryReader(demo.Sql));

    [Fact]
    public async Task Issue_6_public_pack_is_identical_whatever_the_suppressed_cells_hold()
    {
        var original = await Builder.BuildAsync(demo.Snapshot, Ministry, Month, IndicatorRole.Public, demo.Current, null, GeneratedAt, default);
        var tampered = await Builder.BuildAsync(demo.Tampered, Ministry, Month, IndicatorRole.Public, demo.TamperedVintage, null, GeneratedAt, default);

        PackHtml.SelfContained(tampered, Minister).Should().Be(PackHtml.SelfContained(original, Minister));
        tampered.DataCsv.Should().Be(original.DataCsv);
        tampered.Summary.Should().BeEquivalentTo(original.Summary, o => o.Excluding(s => s.Month));
        tampered.Charts.Select(c => c.Png).Should().BeEquivalentTo(original.Charts.Select(c => c.Png), o => o.WithStrictOrdering());
        Text(PackMessage.Build(tampered, Minister, From)).Should().Be(Text(PackMessage.Build(original, Minister, From)));
        original.Summary.Headline.Should().Contain(h => h.Month.Present && h.Month.Value == null && h.Month.Flags.Contains('c'),
            "the check means something only if some headline figure of the month is suppressed for the public");
    }

    [Fact]
    public async Task Issue_6_the_analyst_pack_does_show_the_unprotected_values()
    {
        var original = await Builder.BuildAsync(demo.Snapshot, Ministry, Month, IndicatorRole.Analyst, demo.Current, null, GeneratedAt, default);
        var tampered = await Builder.BuildAsync(demo.Tampered, Ministry, Month, IndicatorRole.Analyst, demo.TamperedVintage, null, GeneratedAt, default);

        tampered.DataCsv.Should().NotBe(original.DataCsv);
        PackHtml.SelfContained(tampered, Minister).Should().NotBe(PackHtml.SelfContained(original, Minister));
        PackHtml.SelfContained(original, Minister).Should().Contain("Analyst figures");
    }

    [Fact]
    public async Task Issue_6_headline_figures_are_the_role_s_monthly_cells_and_moves_compare_visible_values_only()
    {
        foreach (var role in new[] { IndicatorRole.Public, IndicatorRole.Analyst })
        {
            var summary = await new PackSummaryReader(demo.Sql).ReadAsync(demo.Snapshot, Ministry, Month, role, demo.Current, null, default);
            summary.Headline.Select(h => h.IndicatorId).Should().Equal(Ministry.Headline);
            foreach (var figure in summary.Headline)
            {
                var cells = await MonthlyTotalsAsync(figure.IndicatorId, role);
                figure.Month.Value.Should().Be(cells["2025-11"], $"{figure.IndicatorId} 2025-11 for {role}");
                figure.PreviousMonth.Value.Should().Be(cells["2025-10"]);
                figure.YearEarlier.Value.Should().Be(cells["2024-11"]);
            }

            summary.Moves.Should().HaveCountLessThanOrEqualTo(Ministry.Moves);
            summary.Moves.Select(m => Math.Abs(m.Change)).Should().BeInDescendingOrder();
            foreach (var move in summary.Moves.Where(m => m.Category == "Total"))
            {
                var cells = await MonthlyTotalsAsync(move.IndicatorId, role);
                cells[move.Period].Should().Be(move.Value);
                cells[move.BasePeriod].Should().Be(move.Base);
            }
        }
    }

    [Fact]
    public async Task Issue_6_revisions_count_the_changed_cells_for_the_analyst_and_none_for_the_public()
    {
        // The tampered copy changes every non-free cell's raw value (+1) and nothing the public sees.
        var changed = await demo.Snapshot.ScalarAsync<long>(
            "SELECT count(*) FROM ind_cell WHERE conf_status <> 'F' AND raw_value IS NOT NULL", default);

        var analyst = await new PackSummaryReader(demo.Sql).ReadAsync(demo.Tampered, Ministry, Month, IndicatorRole.Analyst, demo.TamperedVintage with { Id = 2 }, demo.Current, default);
        var published = await new PackSummaryReader(demo.Sql).ReadAsync(demo.Tampered, Ministry, Month, IndicatorRole.Public, demo.TamperedVintage with { Id = 2 }, demo.Current, default);

        analyst.Revisions.Revised.Should().Be((int)changed);
        analyst.Revisions.Largest.Should().OnlyContain(r => Math.Abs(r.New - r.Old - 1) < 1e-9);
        published.Revisions.Revised.Should().Be(0);
        published.Revisions.Largest.Should().BeEmpty();
    }

    [Theory]
    [InlineData("2019-05", "holds monthly figures from 2024-01 to 2025-12; 2019-05 is not among them")]
    [InlineData("2027-01", "2027-01 is not among them")]
    public async Task Issue_6_a_month_the_vintage_does_not_hold_is_refused(string month, string message)
    {
        var act = () => new PackSummaryReader(demo.Sql).ReadAsync(demo.Snapshot, Ministry, PackMonth.Parse(month), IndicatorRole.Public, demo.Current, null, default);
        (await act.Should().ThrowAsync<PackException>()).Which.Message.Should().Contain(message).And.Contain($"--month {month}");
    }

    private static MailboxAddress From => new("THB statistics", "stats@example.org");

    /// <summary>The message's text parts and attachments, decoded (ids and dates of MIME parts vary by construction).</summary>
    private static string Text(MimeMessage message) =>
        message.TextBody + "\n" + string.Join("\n", message.Attachments.OfType<MimePart>().Select(a =>
        {
            using var stream = new MemoryStream();
            a.Content!.DecodeTo(stream);
            return a.FileName + ":" + System.Text.Encoding.UTF8.GetString(stream.ToArray());
        }));

    /// <summary>The monthly totals as stored in the vintage for the role: obs_value for the public, raw_value for the analyst.</summary>
    private async Task<Dictionary<string, double?>> MonthlyTotalsAsync(string indicator, IndicatorRole role)
    {
        var column = role == IndicatorRole.Public ? "obs_value" : "raw_value";
        var dims = demo.Indicators.Dimensions.Select(d => $"\"{d.Id}\" = '_T'");
        var cells = new Dictionary<string, double?>(StringComparer.Ordinal);
        await using var command = demo.Snapshot.CreateCommand(
            $"SELECT time_period, {column} FROM ind_cell WHERE indicator_id = $id AND freq = 'M' AND {string.Join(" AND ", dims)}", ("id", indicator));
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            cells[reader.GetString(0)] = reader.IsDBNull(1) ? null : Convert.ToDouble(reader.GetValue(1), CultureInfo.InvariantCulture);
        }

        return cells;
    }
}
