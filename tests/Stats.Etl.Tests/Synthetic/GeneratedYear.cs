using Stats.Etl.Synthetic;

namespace Stats.Etl.Tests.Synthetic;

/// <summary>One generated year (2024, seed 42) shared by the tests of a class; removed afterwards.</summary>
public sealed class GeneratedYear : IDisposable
{
    public const int Year = 2024;
    public const int Seed = 42;

    public GeneratedYear()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("stats-gen-").FullName;
        Result = Generate(Seed, Directory);
    }

    public string Directory { get; }

    public GenerationResult Result { get; }

    public GroundTruth Truth => Result.GroundTruth;

    public string Path(string relative) => System.IO.Path.Combine(Directory, relative);

    public static GenerationResult Generate(int seed, string directory, int year = Year) =>
        new DeliveryGenerator(new FixedTimeProvider(new DateTimeOffset(2026, 3, 15, 9, 0, 0, TimeSpan.Zero)))
            .Generate(new GenerationOptions(year, seed, directory));

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
