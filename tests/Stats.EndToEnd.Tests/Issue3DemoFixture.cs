using Stats.Etl.Synthetic;

namespace Stats.EndToEnd.Tests;

/// <summary>One demo run (generate, load, publish vintage 1) shared by the read-only tests of a class.</summary>
public sealed class Issue3DemoFixture : IAsyncLifetime
{
    private readonly TempDataFolder _data = new();

    public string DataPath => _data.Path;

    internal CliRun Demo { get; private set; } = null!;

    public GroundTruth Truth { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Demo = await CliRun.RunAsync("demo", "--data", DataPath, "--year", "2025", "--seed", "42");
        Truth = GroundTruth.Read(Path.Combine(_data.Deliveries(2025), "ground-truth.json"));
    }

    public Task DisposeAsync()
    {
        _data.Dispose();
        return Task.CompletedTask;
    }
}
