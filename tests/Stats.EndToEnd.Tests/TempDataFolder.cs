namespace Stats.EndToEnd.Tests;

/// <summary>A data folder of its own for one test, removed afterwards.</summary>
internal sealed class TempDataFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("stats-e2e-").FullName;

    public string Deliveries(int year) => System.IO.Path.Combine(Path, "deliveries", year.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A DuckDB file still being released must not fail the test that already passed.
        }
    }
}
