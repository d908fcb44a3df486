namespace Stats.EndToEnd.Tests;

/// <summary>A demo data folder (seed 42, 2025): the demo has written December 2025's pack for its two subscribers.</summary>
public sealed class Issue6PackDemo : IAsyncLifetime
{
    private readonly TempDataFolder _data = new();

    public string DataPath => _data.Path;

    public string Outbox => Path.Combine(DataPath, "outbox", "2025-12", "ministry");

    public async Task InitializeAsync()
    {
        var demo = await CliRun.RunAsync("demo", "--no-serve", "--data", DataPath, "--year", "2025", "--seed", "42");
        demo.ExitCode.Should().Be(0, demo.Error);
    }

    public Task DisposeAsync()
    {
        _data.Dispose();
        return Task.CompletedTask;
    }
}
