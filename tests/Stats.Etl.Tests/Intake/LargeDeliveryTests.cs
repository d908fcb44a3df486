using System.Text;

namespace Stats.Etl.Tests.Intake;

/// <summary>
/// A delivery large enough for DuckDB to read in parallel: record numbers must still follow the file, and rows
/// planted as bad at known positions must be the ones quarantined.
/// </summary>
public sealed class LargeDeliveryTests : IntakeTestBase
{
    private const int Rows = 200_000;

    [Fact]
    public async Task Record_numbers_follow_the_file_in_a_parallel_read()
    {
        var path = Path.Combine(Dir, "police_victims_large.csv");
        await using (var writer = new StreamWriter(path, false, new UTF8Encoding(false)))
        {
            await writer.WriteAsync(PoliceVictimsFile.Header + "\n");
            var key = Key(1);
            for (var n = 1; n <= Rows; n++)
            {
                // Every 40,000th record has an unknown sex code: 5 bad rows at 40000, 80000, … 200000.
                var gender = n % 40_000 == 0 ? "q" : (n % 2 == 0 ? "w" : "m");
                await writer.WriteAsync($"P-{n};{key};05.03.2024;;presumed;{gender};30;RO;AT13;labour;;no\n");
            }
        }

        var outcome = await LoadAsync("police-victims", path);

        (outcome.RowsRead, outcome.RowsLoaded, outcome.RowsQuarantined).Should().Be((200_000L, 199_995L, 5L));
        (await CountAsync("SELECT count(*) FROM stg_intake__victim_registration WHERE record_id <> 'P-' || record_number")).Should().Be(0);
        (await RowsAsync("SELECT record_number FROM qrn_row ORDER BY 1")).Select(r => r[0]).Should().Equal("40000", "80000", "120000", "160000", "200000");
        (await CountAsync("SELECT count(*) FROM stg_intake__victim_registration WHERE sex = 'F'")).Should().Be(100_000 - 5);
    }
}
