using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using DuckDB.NET.Data;
using Stats.Warehouse.Sql;

namespace Stats.Warehouse.Tests.Support;

/// <summary>
/// Fills the intake tables with plain INSERTs, exactly as intake would after validation: codes are canonical,
/// linkage keys are 64 lower-case hex characters (here the SHA-256 of a readable fixture name).
/// </summary>
internal sealed class StagingWriter(DuckDBConnection connection)
{
    private readonly Dictionary<long, long> _records = [];
    private int _batches;

    public static string Key(string name) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)));

    public Task OrganisationAsync(string code, string type) => connection.ExecuteAsync(
        "INSERT INTO dim_organisation VALUES (nextval('seq_organisation'), $code, $code, $type)",
        CancellationToken.None, ("code", code), ("type", type));

    /// <summary>A load batch of <paramref name="source"/>; its contract id is the source code unless given.</summary>
    public async Task<long> BatchAsync(string source, string? contract = null)
    {
        var n = ++_batches;
        var key = await connection.ScalarAsync<long>(
            """
            INSERT INTO meta_load_batch
            VALUES (nextval('seq_load_batch'), $contract, $source, $file, $sha, TIMESTAMPTZ '2024-01-02 03:04:05+00', TIMESTAMPTZ '2024-01-02 03:04:06+00', 0, 0, 0)
            RETURNING load_batch_key
            """,
            CancellationToken.None,
            ("contract", contract ?? source),
            ("source", source),
            ("file", string.Create(CultureInfo.InvariantCulture, $"{source}_{n}.csv")),
            ("sha", Key(string.Create(CultureInfo.InvariantCulture, $"file {n} {source}"))));
        return key;
    }

    public Task VictimAsync(
        long batch, string source, string person, string date, string status,
        string? sex = null, int? age = null, string? citizenship = null, string? region = null, string? forms = null,
        string? identifyingOrgType = null, string? sector = null, string? traffickingType = null,
        string? exploitationCountry = null, bool? unaccompanied = null) =>
        connection.ExecuteAsync(
            """
            INSERT INTO stg_intake__victim_registration VALUES (
                $batch, $source, $record, NULL, $key, CAST($date AS DATE), NULL, $status, $org_type, $sex, $age,
                $citizenship, $region, CASE WHEN $forms IS NULL THEN NULL ELSE string_split($forms, '|') END,
                $sector, $traffic, $exploitation_country, $unaccompanied)
            """,
            CancellationToken.None,
            ("batch", batch), ("source", source), ("record", NextRecord(batch)), ("key", Key(person)), ("date", date),
            ("status", status), ("org_type", identifyingOrgType), ("sex", sex), ("age", age), ("citizenship", citizenship),
            ("region", region), ("forms", forms), ("sector", sector), ("traffic", traffickingType),
            ("exploitation_country", exploitationCountry), ("unaccompanied", unaccompanied));

    public Task JusticeAsync(
        long batch, string source, string person, string caseId, string stage, string date,
        bool? isFinal = null, string? sex = null, int? age = null, string? citizenship = null, string? form = null,
        string? sentenceType = null, int? sentenceMonths = null, decimal? compensation = null) =>
        connection.ExecuteAsync(
            """
            INSERT INTO stg_intake__justice_person_stage VALUES (
                $batch, $source, $record, NULL, $key, $case, $stage, $final, CAST($date AS DATE), NULL, $sex, $age,
                $citizenship, $form, $sentence_type, $months, $compensation)
            """,
            CancellationToken.None,
            ("batch", batch), ("source", source), ("record", NextRecord(batch)), ("key", Key(person)), ("case", caseId),
            ("stage", stage), ("final", isFinal), ("date", date), ("sex", sex), ("age", age), ("citizenship", citizenship),
            ("form", form), ("sentence_type", sentenceType), ("months", sentenceMonths), ("compensation", compensation));

    public Task AssistanceAsync(long batch, string source, string person, string type, string start, string? end = null) =>
        connection.ExecuteAsync(
            """
            INSERT INTO stg_intake__assistance_episode VALUES (
                $batch, $source, $record, NULL, NULL, $key, $type, CAST($start AS DATE), CAST($end AS DATE))
            """,
            CancellationToken.None,
            ("batch", batch), ("source", source), ("record", NextRecord(batch)), ("key", Key(person)), ("type", type),
            ("start", start), ("end", end));

    public Task ImmigrationAsync(long batch, string source, string person, string type, string outcome, string date, string? ground = null) =>
        connection.ExecuteAsync(
            """
            INSERT INTO stg_intake__immigration_decision VALUES (
                $batch, $source, $record, NULL, NULL, $key, $type, $outcome, $ground, CAST($date AS DATE), NULL)
            """,
            CancellationToken.None,
            ("batch", batch), ("source", source), ("record", NextRecord(batch)), ("key", Key(person)), ("type", type),
            ("outcome", outcome), ("ground", ground), ("date", date));

    private long NextRecord(long batch)
    {
        _records[batch] = _records.GetValueOrDefault(batch) + 1;
        return _records[batch];
    }
}
