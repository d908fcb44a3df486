using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace Stats.Etl.Synthetic;

/// <summary>
/// Streams a large, valid police-victims delivery for the intake benchmark: plausible values, about 7 % of rows
/// repeating an earlier person's key (with that person's sex, age, nationality and forms), dates within
/// <see cref="Year"/>. Each person's key and attributes are a pure function of (seed, person number), so nothing
/// grows with the file: memory stays constant whatever the row count.
/// </summary>
public static class BulkDeliveryWriter
{
    /// <summary>A complete past year, so that no date is in the future.</summary>
    public const int Year = 2024;

    private const double RepeatShare = 0.07;
    private const int RowsPerChunk = 2048;

    private static readonly string[] Regions = [.. Distributions.Regions.Select(r => r.Item1)];
    private static readonly string[] Nationalities = ["AT", "AT", "AT", "AT", "RO", "RO", "BG", "HU", "SK", "PL", "NG", "NG", "RS", "UA", "MD", "CN", "BA", "TR", ""];
    private static readonly string[] Forms = ["sexual", "sexual", "sexual", "labour", "labour", "labour", "domestic", "criminal", "begging", "other", "sexual|labour"];
    private static readonly string[] Sectors = ["A", "C", "F", "I", "H", "T"];
    private static readonly string[] Genders = ["w", "w", "w", "w", "w", "w", "m", "m", "m", "u"];

    public static async Task WritePoliceVictimsAsync(string path, int rows, int seed, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        var random = new Random(seed);
        var yearStart = new DateOnly(Year, 1, 1);
        await using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20, FileOptions.Asynchronous);
        await using var writer = new StreamWriter(stream, CsvText.Utf8, 1 << 20);
        var chunk = new StringBuilder(RowsPerChunk * 200);
        chunk.AppendJoin(PoliceVictimsFormat.Delimiter, PoliceVictimsFormat.Header).Append('\n');
        long persons = 0;
        var keyBytes = new byte[32];
        for (var row = 0; row < rows; row++)
        {
            var person = persons > 0 && random.NextDouble() < RepeatShare ? random.NextInt64(persons) : persons++;
            var mix = new SplitMix((ulong)(uint)seed << 32 ^ (ulong)person);
            for (var i = 0; i < 4; i++)
            {
                BinaryPrimitives.WriteUInt64LittleEndian(keyBytes.AsSpan(i * 8), mix.Next());
            }

            var attributes = mix.Next();
            var form = Forms[(int)(attributes % (ulong)Forms.Length)];
            var age = 12 + (int)((attributes >> 8) % 50);
            var detected = yearStart.AddDays(random.Next(366));
            var status = random.Next(10);
            chunk.Append(CultureInfo.InvariantCulture, $"PK-{Year}-B{row / 2:D7}").Append(';')
                .Append(Convert.ToHexStringLower(keyBytes)).Append(';')
                .Append(PoliceVictimsFormat.Date(detected)).Append(';')
                .Append(status >= 5 ? PoliceVictimsFormat.Date(Min(detected.AddDays(random.Next(45)), new DateOnly(Year, 12, 31))) : string.Empty).Append(';')
                .Append(status >= 5 ? "identified" : status >= 3 ? "presumed" : "potential").Append(';')
                .Append(Genders[(int)((attributes >> 16) % (ulong)Genders.Length)]).Append(';')
                .Append(age).Append(';')
                .Append(Nationalities[(int)((attributes >> 24) % (ulong)Nationalities.Length)]).Append(';')
                .Append(Regions[random.Next(Regions.Length)]).Append(';')
                .Append(form).Append(';')
                .Append(form.Contains("labour", StringComparison.Ordinal) ? Sectors[(int)((attributes >> 32) % (ulong)Sectors.Length)] : string.Empty).Append(';')
                .Append(random.Next(4) == 0 ? "no" : "yes").Append('\n');
            if (chunk.Length > RowsPerChunk * 150)
            {
                await writer.WriteAsync(chunk, ct);
                chunk.Clear();
            }
        }

        await writer.WriteAsync(chunk, ct);
        await writer.FlushAsync(ct);
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    /// <summary>SplitMix64: a tiny, fast, well-mixed generator, used as a hash from (seed, person) to key and attributes.</summary>
    private struct SplitMix(ulong state)
    {
        public ulong Next()
        {
            state += 0x9E3779B97F4A7C15UL;
            var z = state;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
