using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Stats.EndToEnd.Tests;

/// <summary>
/// Issue 6: the portal of a real `stats serve` process over the demo (seed 42, 2025) in a real Chromium (Debian's, from
/// STATS_TEST_CHROMIUM, driven by Playwright's bundled driver; no browser is downloaded), at a phone and a desktop viewport.
/// </summary>
public sealed class Issue6PortalBrowserTests(ITestOutputHelper output)
{
    /// <summary>The demo's registered victims 2025: the generator's ground truth, published unsuppressed (see the demo's summary).</summary>
    private const double DemoV04Total = 279;

    [ExternalFact("STATS_TEST_CHROMIUM")]
    public async Task Issue_6_the_portal_loads_in_chromium_without_errors_and_shows_the_current_vintages_figures()
    {
        var chromium = ExternalFactAttribute.Required("STATS_TEST_CHROMIUM");
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        using var data = new TempDataFolder();
        (await CliRun.RunAsync("demo", "--no-serve", "--data", data.Path, "--year", "2025", "--seed", "42")).ExitCode.Should().Be(0);
        await using var serve = Issue5StatsProcess.Serve(data.Path, new Dictionary<string, string> { ["STATS_Scheduler__Enabled"] = "false" });
        var root = await serve.AddressAsync(TimeSpan.FromSeconds(60));
        var feedTotal = await FeedV04TotalAsync(root);
        feedTotal.Should().Be(DemoV04Total);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = chromium, Headless = true });
        var artifacts = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "artifacts")).FullName;
        foreach (var (name, viewport, mobile) in new[] { ("phone", new ViewportSize { Width = 390, Height = 844 }, true), ("desktop", new ViewportSize { Width = 1366, Height = 900 }, false) })
        {
            await using var context = await browser.NewContextAsync(new() { ViewportSize = viewport, IsMobile = mobile, HasTouch = mobile });
            var page = await context.NewPageAsync();
            var problems = new List<string>();
            page.Console += (_, m) =>
            {
                if (m.Type == "error")
                {
                    problems.Add("console: " + m.Text);
                }
            };
            page.PageError += (_, e) => problems.Add("page error: " + e);
            page.RequestFailed += (_, r) => problems.Add("failed: " + r.Url + " " + r.Failure);
            page.Response += (_, r) =>
            {
                if (r.Status >= 400)
                {
                    problems.Add($"HTTP {r.Status}: {r.Url}");
                }
            };

            var home = await page.GotoAsync(root.ToString(), new() { WaitUntil = WaitUntilState.NetworkIdle });
            home!.Status.Should().Be(200);
            (await page.Locator("header .vintage").InnerTextAsync()).Should().StartWith("Vintage 1, published ");
            var shown = await page.Locator("tr[data-indicator='V04'] td.value").InnerTextAsync();
            shown.Should().Be(feedTotal!.Value.ToString("N0", CultureInfo.InvariantCulture), name);
            (await FitsAsync(page)).Should().BeTrue($"the home page must not scroll sideways at {viewport.Width} px");
            (await page.Locator("figure svg").CountAsync()).Should().Be(4, "dashboards/portal.json features four charts");
            (await page.Locator("figure [role='img']").First.GetAttributeAsync("aria-label")).Should().Contain("Source: POLICE, SOCIAL, NGO");
            var homeShot = Path.Combine(artifacts, name == "phone" ? "portal-home.png" : "portal-home-desktop.png");
            await page.ScreenshotAsync(new() { Path = homeShot, FullPage = true });
            output.WriteLine($"screenshot ({name}): {homeShot}");

            await page.Locator("tr[data-indicator='V04'] a").ClickAsync();
            await page.WaitForURLAsync("**/indicators/V04", new() { WaitUntil = WaitUntilState.NetworkIdle });
            (await page.Locator("tr[data-period='2025'][data-codes=''] td.value").InnerTextAsync()).Should().Be("279");
            await page.Locator("a", new() { HasTextString = "by year" }).Nth(1).ClickAsync();
            await page.WaitForURLAsync("**/indicators/V04?by=sex", new() { WaitUntil = WaitUntilState.NetworkIdle });
            (await page.Locator("tr[data-period='2025'][data-codes='F'] td.value").InnerTextAsync()).Should().Be("171");
            (await FitsAsync(page)).Should().BeTrue($"the indicator page must not scroll sideways at {viewport.Width} px");
            (await page.Locator("figure svg").CountAsync()).Should().Be(1, "the page charts V04 by sex");
            (await page.Locator("figure [role='img']").GetAttributeAsync("aria-label")).Should().Contain("Female 171");
            var pageShot = Path.Combine(artifacts, $"portal-v04-sex-{name}.png");
            await page.ScreenshotAsync(new() { Path = pageShot, FullPage = true });
            output.WriteLine($"screenshot ({name}): {pageShot}");

            problems.Should().BeEmpty(name);
        }

        var png = await File.ReadAllBytesAsync(Path.Combine(artifacts, "portal-home.png"));
        png.AsSpan(1, 3).ToArray().Should().Equal("PNG"u8.ToArray());
    }

    private static Task<bool> FitsAsync(IPage page) =>
        page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth");

    /// <summary>V04's 2025 total as the public OData feed returns it.</summary>
    private static async Task<double?> FeedV04TotalAsync(Uri root)
    {
        using var http = new HttpClient { BaseAddress = root };
        var filter = "Frequency eq 'A' and Year eq 2025 and Sex eq '_T' and AgeGroup eq '_T' and Citizenship eq '_T' and FormMain eq '_T' "
                     + "and FormAny eq '_T' and Organisation eq '_T' and Region eq '_T' and TraffickingType eq '_T'";
        using var json = JsonDocument.Parse(await http.GetStringAsync($"odata/Indicator_V04?$filter={Uri.EscapeDataString(filter)}&$select=Value,Flags"));
        var value = json.RootElement.GetProperty("value").EnumerateArray().Single().GetProperty("Value");
        return value.ValueKind == JsonValueKind.Null ? null : value.GetDouble();
    }
}
