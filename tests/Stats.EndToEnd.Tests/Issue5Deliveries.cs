namespace Stats.EndToEnd.Tests;

/// <summary>One generated delivery set (2025, seed 5, the generator's default size) shared by a test class.</summary>
public sealed class Issue5Deliveries : IAsyncLifetime
{
    private readonly TempDataFolder _folder = new();

    public string Clean(string fileName) => Path.Combine(_folder.Path, "clean", fileName);

    public async Task InitializeAsync()
    {
        var generated = await CliRun.RunAsync("generate", "--year", "2025", "--seed", "5", "--out", _folder.Path);
        generated.ExitCode.Should().Be(0, generated.Error);
    }

    public Task DisposeAsync()
    {
        _folder.Dispose();
        return Task.CompletedTask;
    }
}
