using System.Diagnostics;
using System.Security.Cryptography;

namespace Stats.Etl.Tests.Synthetic;

public sealed class DeterminismTests
{
    [Fact]
    public void Same_seed_gives_byte_identical_files_and_another_seed_different_ones()
    {
        var first = Directory.CreateTempSubdirectory("stats-gen-a-").FullName;
        var second = Directory.CreateTempSubdirectory("stats-gen-b-").FullName;
        var third = Directory.CreateTempSubdirectory("stats-gen-c-").FullName;
        try
        {
            GeneratedYear.Generate(7, first);
            var watch = Stopwatch.StartNew();
            GeneratedYear.Generate(7, second);
            watch.Stop();
            GeneratedYear.Generate(8, third);

            var a = Hashes(first);
            a.Should().HaveCount(22);
            Hashes(second).Should().Equal(a);

            var c = Hashes(third);
            c.Keys.Should().BeEquivalentTo(a.Keys);
            foreach (var file in a.Keys.Where(k => k.StartsWith("clean", StringComparison.Ordinal)))
            {
                c[file].Should().NotBe(a[file], $"{file} must depend on the seed");
            }

            watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5), "generating the default year must be fast");
        }
        finally
        {
            Directory.Delete(first, true);
            Directory.Delete(second, true);
            Directory.Delete(third, true);
        }
    }

    private static SortedDictionary<string, string> Hashes(string root) =>
        new(Directory.GetFiles(root, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(root, f).Replace('\\', '/'),
            f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))), StringComparer.Ordinal);
}
