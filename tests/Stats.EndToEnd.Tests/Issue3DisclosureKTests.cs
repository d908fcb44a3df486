using System.Diagnostics;

namespace Stats.EndToEnd.Tests;

/// <summary>
/// Issue 3: a threshold below 2 would publish every count; publishing refuses it. Runs `stats` in its own process because
/// the setting comes from an environment variable, which must not leak into tests running alongside.
/// </summary>
public sealed class Issue3DisclosureKTests
{
    [Fact]
    public async Task Issue_3_publish_with_DisclosureK_1_exits_1_naming_the_setting_and_publishes_nothing()
    {
        using var data = new TempDataFolder();
        (await CliRun.RunAsync("generate", "--data", data.Path, "--year", "2025", "--seed", "13")).ExitCode.Should().Be(0);
        var load = await CliRun.RunAsync("load", "--data", data.Path, "--contract", "police-victims",
            Path.Combine(data.Deliveries(2025), "clean", "police_victims_2025.csv"));
        load.ExitCode.Should().Be(0, load.Error);

        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "stats.dll"), "publish", "--data", data.Path])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["STATS_Warehouse__DisclosureK"] = "1";
        using var publish = Process.Start(start)!;
        var output = publish.StandardOutput.ReadToEndAsync();
        var error = await publish.StandardError.ReadToEndAsync();
        await publish.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(120));
        await output;

        publish.ExitCode.Should().Be(1, error);
        error.Should().Contain("DisclosureK").And.NotContain("   at ");
        File.Exists(Path.Combine(data.Path, "vintages", "current.json")).Should().BeFalse("nothing may be published with k = 1");
    }
}
