using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using DuckDB.NET.Data;
using Stats.Warehouse;
using Stats.Warehouse.Freshness;
using Stats.Warehouse.Publish;
using Stats.Warehouse.Sql;

namespace Stats.Api.Tests.Portal;

/// <summary>
/// A working warehouse with a hand-counted police delivery, published by the real <see cref="Publisher"/> (k = 5). Its sql/
/// folder is a copy whose catalogue holds markup on purpose: the label of sex F is <see cref="FemaleLabel"/> and V04's title
/// is <see cref="V04Title"/>. Sixteen persons, each registered once by POL in 2024:
/// <code>
/// F   P01–P08  identified P01–P06, presumed P07, P08
/// M   P09–P14  identified P09–P13, presumed P14
/// UNK P15–P16  identified
/// </code>
/// V04 registered victims 2024 = 16 (F 8, M 6, UNK 2); V03 identified = 13; V02 presumed = 3 (below k: suppressed).
/// Timeliness: POL delivers monthly (late after 40 days) and delivered 3 days before publication: on time, 3 days;
/// border-guard is expected weekly and never delivered.
/// </summary>
internal sealed class PortalWarehouse : IAsyncDisposable
{
    public const string FemaleLabel = "Women & girls <F>";
    public const string V04Title = "Registered victims <all agencies> & more";
    public static readonly DateTimeOffset FirstPublication = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    public static readonly SourceExpectation[] Expectations =
    [
        new("POL", "POL", "POLICE", TimeSpan.FromDays(30), TimeSpan.FromDays(40), TimeSpan.FromDays(90)),
        new("border-guard", "BRD", "BORDER", TimeSpan.FromDays(7), TimeSpan.FromDays(14), TimeSpan.FromDays(28)),
    ];

    private readonly string _directory;
    private readonly DuckDBConnection _writer;
    private readonly WarehouseDatabase _database;
    private long _batch;
    private int _records;

    private PortalWarehouse(string directory, WarehouseDatabase database, DuckDBConnection writer)
    {
        _directory = directory;
        _database = database;
        _writer = writer;
    }

    public WarehouseOptions Options => _database.Options;

    public static async Task<PortalWarehouse> CreateAsync()
    {
        var directory = Directory.CreateTempSubdirectory("stats-portal-").FullName;
        var sql = Path.Combine(directory, "sql");
        Copy(Path.Combine(AppContext.BaseDirectory, "sql"), sql);
        Replace(Path.Combine(sql, "seeds", "sex.csv"), "F,Female,", $"F,{FemaleLabel},");
        Replace(Path.Combine(sql, "indicators", "V04.json"), "\"title\": \"Registered victims\"", $"\"title\": \"{V04Title}\"");

        var database = new WarehouseDatabase(new WarehouseOptions
        {
            DataDirectory = Path.Combine(directory, "data"),
            SqlDirectory = sql,
            Threads = 2,
            DisclosureK = 5,
        });
        var warehouse = new PortalWarehouse(directory, database, await database.OpenWriterAsync(CancellationToken.None));
        await warehouse._writer.ExecuteAsync("INSERT INTO dim_organisation VALUES (nextval('seq_organisation'), 'POL', 'POL', 'POLICE')", CancellationToken.None);
        await SourceExpectations.SyncAsync(warehouse._writer, Expectations, CancellationToken.None);
        warehouse._batch = await warehouse.BatchAsync(FirstPublication.AddDays(-3));
        for (var i = 1; i <= 16; i++)
        {
            var sex = i <= 8 ? "F" : i <= 14 ? "M" : "UNK";
            var status = i is 7 or 8 or 14 ? "PRES" : "IDENT";
            await warehouse.VictimAsync(string.Create(CultureInfo.InvariantCulture, $"P{i:00}"), sex, status, new DateOnly(2024, 1 + ((i - 1) % 12), 10));
        }

        return warehouse;
    }

    /// <summary>One more identified woman (V04 2024 becomes 17), delivered in a second batch.</summary>
    public async Task AddWomanAsync(DateTimeOffset loadedAt)
    {
        _batch = await BatchAsync(loadedAt);
        await VictimAsync("P17", "F", "IDENT", new DateOnly(2024, 5, 20));
    }

    public async Task<int> PublishAsync(DateTimeOffset at)
    {
        var result = await new Publisher(_database, new FixedClock(at)).PublishAsync(_writer, null, CancellationToken.None);
        result.Published.Should().BeTrue(string.Join("; ", result.Failures.Select(f => f.Test)));
        return result.Vintage!.Id;
    }

    public async ValueTask DisposeAsync()
    {
        await _writer.DisposeAsync();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A snapshot file still being released by a served model must not fail a test that passed.
        }
    }

    /// <summary>
    /// Registrations of <paramref name="persons"/> (P01… are the police's; new names are new persons) by another agency, in a
    /// batch of its own loaded with the police's first one: the agency lists of multiple systems estimation.
    /// </summary>
    public async Task RegisterAsync(string agency, string organisationType, IEnumerable<string> persons, DateOnly date)
    {
        await _writer.ExecuteAsync(
            "INSERT INTO dim_organisation VALUES (nextval('seq_organisation'), $code, $code, $type)", CancellationToken.None,
            ("code", agency), ("type", organisationType));
        var batch = await BatchAsync(FirstPublication.AddDays(-3), agency);
        foreach (var person in persons)
        {
            await VictimAsync(person, "F", "PRES", date, agency, organisationType, batch);
        }
    }

    private async Task<long> BatchAsync(DateTimeOffset loadedAt, string agency = "POL") => await _writer.ScalarAsync<long>(
        """
        INSERT INTO meta_load_batch
        VALUES (nextval('seq_load_batch'), $agency, $agency, $file, $sha, CAST($at AS TIMESTAMPTZ), CAST($at AS TIMESTAMPTZ), 0, 0, 0)
        RETURNING load_batch_key
        """,
        CancellationToken.None,
        ("agency", agency),
        ("file", agency.ToLowerInvariant() + "_" + loadedAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture) + ".csv"),
        ("sha", Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(agency + loadedAt.ToString("O", CultureInfo.InvariantCulture))))),
        ("at", loadedAt.ToString("O", CultureInfo.InvariantCulture)));

    private Task VictimAsync(string person, string sex, string status, DateOnly date, string agency = "POL", string type = "POLICE", long? batch = null) => _writer.ExecuteAsync(
        """
        INSERT INTO stg_intake__victim_registration VALUES (
            $batch, $agency, $record, NULL, $key, CAST($date AS DATE), NULL, $status, $type, $sex, 30,
            'AT', NULL, ['SEX'], NULL, NULL, NULL, NULL)
        """,
        CancellationToken.None,
        ("batch", batch ?? _batch), ("agency", agency), ("type", type), ("record", ++_records), ("key", Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(person)))),
        ("date", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("status", status), ("sex", sex));

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static void Replace(string file, string from, string to)
    {
        var text = File.ReadAllText(file);
        text.Should().Contain(from, "the fixture edits this text of {0}", file);
        File.WriteAllText(file, text.Replace(from, to, StringComparison.Ordinal));
    }
}
