using System.Globalization;
using DuckDB.NET.Data;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Stats.Etl.Aggregates;
using Stats.Etl.Contracts;
using Stats.Etl.Readers;
using Stats.Warehouse.Faults;
using Stats.Warehouse.Sql;

namespace Stats.Etl.Intake;

/// <summary>
/// Loads one delivered file as one load batch in one transaction on the writer connection: refuse it whole, or
/// land it as text, validate and map it in SQL generated from its contract, quarantine bad rows and stage the
/// good ones. Landing and validation fill only the connection's scratch temp tables; every warehouse write of the
/// batch happens in one transaction. Any error or cancellation part-way leaves nothing of the batch behind.
/// </summary>
public sealed class IntakeService(TimeProvider time, ILogger<IntakeService>? logger = null)
{
    private readonly ILogger _logger = (ILogger?)logger ?? NullLogger.Instance;

    /// <summary>Test seam: awaited after each stage (landed before the transaction, staged and recorded inside it).</summary>
    internal Func<string, CancellationToken, Task>? AfterStage { get; set; }

    public async Task<IntakeOutcome> LoadAsync(
        DuckDBConnection writer, SourceContract contract, string filePath, IProgress<IntakeProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(contract);
        var started = time.GetTimestamp();
        var receivedAt = time.GetUtcNow();
        var path = Path.GetFullPath(filePath);
        var fileName = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Delivery '{path}' does not exist.", path);
        }

        progress?.Report(new IntakeProgress(fileName, "scanning"));
        var isText = contract.Format.Type is "csv" or "json";
        var sws = System.Diagnostics.Stopwatch.StartNew();
        var scan = await FileScan.ScanAsync(path, isText, cancellationToken, csv: contract.Format.Type == "csv").ConfigureAwait(false);
        if (Environment.GetEnvironmentVariable("INTAKE_TRACE") is { } f0) { File.AppendAllText(f0, $"--- scan {sws.Elapsed.TotalSeconds:F3}s\n"); }
        IntakeOutcome Outcome(IntakeStatus status, string? reason, string message, long? batch = null, long? duplicateOf = null, LoadCounts? counts = null) =>
            new(path, contract.Id, contract.Source.Code, scan.Sha256, status, reason, message, batch, duplicateOf,
                counts?.Read ?? 0, counts?.Loaded ?? 0, counts?.Quarantined ?? 0, counts?.Quarantine ?? [], receivedAt, time.GetElapsedTime(started));

        var duplicate = await FindDuplicateAsync(writer, scan.Sha256, cancellationToken).ConfigureAwait(false);
        if (duplicate is { } earlier)
        {
            IntakeLog.Duplicate(_logger, fileName, contract.Id, earlier.BatchKey);
            return Outcome(IntakeStatus.Duplicate, null,
                $"{fileName}: duplicate delivery, identical content was loaded as batch {earlier.BatchKey} from '{earlier.FileName}'; nothing loaded.",
                duplicateOf: earlier.BatchKey);
        }

        try
        {
            if (!scan.ValidText)
            {
                throw new DeliveryRefusedException(RefusalReasons.UnreadableEncoding, $"{fileName}: the file is not valid UTF-8 text (the contract says utf-8).");
            }

            if (!scan.HasContent)
            {
                throw new DeliveryRefusedException(RefusalReasons.MalformedFile, $"{fileName}: the file is empty.");
            }

            if (scan.LongestRecordBytes > ReaderLimits.MaxCsvRecordBytes)
            {
                throw new DeliveryRefusedException(RefusalReasons.LimitExceeded, string.Create(CultureInfo.InvariantCulture,
                    $"{fileName}: line {scan.LongestRecordLine}: the record is {ReaderLimits.Bytes(scan.LongestRecordBytes)} long; the CSV reader accepts at most ") +
                    $"{ReaderLimits.Bytes(ReaderLimits.MaxCsvRecordBytes)} per record (or a quote opened there is never closed).");
            }

            if (contract.IsAggregate)
            {
                var (stored, prepared) = await LoadAggregateAsync(writer, contract, path, scan.Sha256, receivedAt, progress, cancellationToken).ConfigureAwait(false);
                IntakeLog.Loaded(_logger, fileName, contract.Id, stored.BatchKey, stored.Loaded, stored.Quarantined);
                return Outcome(IntakeStatus.Loaded, null, prepared.LoadedMessage(fileName, stored.BatchKey), stored.BatchKey, counts: stored) with { Findings = prepared.Findings };
            }

            var counts = await LoadInTransactionAsync(writer, contract, path, scan.Sha256, receivedAt, progress, cancellationToken).ConfigureAwait(false);
            IntakeLog.Loaded(_logger, fileName, contract.Id, counts.BatchKey, counts.Loaded, counts.Quarantined);
            return Outcome(IntakeStatus.Loaded, null,
                $"{fileName}: loaded as batch {counts.BatchKey}: {counts.Read} rows read, {counts.Loaded} staged, {counts.Quarantined} quarantined.",
                counts.BatchKey, counts: counts);
        }
        catch (DeliveryRefusedException refusal)
        {
            IntakeLog.Refused(_logger, fileName, contract.Id, refusal.Reason);
            var detail = refusal.Message.StartsWith(fileName + ": ", StringComparison.Ordinal) ? refusal.Message[(fileName.Length + 2)..] : refusal.Message;
            return Outcome(IntakeStatus.Refused, refusal.Reason, $"{fileName}: refused ({refusal.Reason}): {detail}");
        }
    }

    private async Task<LoadCounts> LoadInTransactionAsync(
        DuckDBConnection writer, SourceContract contract, string path, string sha256, DateTimeOffset receivedAt,
        IProgress<IntakeProgress>? progress, CancellationToken cancellationToken)
    {
        var fileName = Path.GetFileName(path);
        var nodes = ContractNode.Of(contract);

        // Landing and validation only fill this connection's scratch temp tables, so they run before the transaction
        // (DuckDB scans tables created inside a transaction on one thread); everything the warehouse keeps is
        // written inside it. The scratch tables are dropped whatever happens.
        List<string> tempTables = [.. nodes.Select(n => RawTable.NameOf(n.Index))];
        try
        {
            progress?.Report(new IntakeProgress(fileName, "landing"));
            var raw = contract.Format.Type switch
            {
                "csv" => await CsvReader.LandAsync(writer, contract, nodes, path, cancellationToken).ConfigureAwait(false),
                "json" => await JsonReader.LandAsync(writer, contract, nodes, path, cancellationToken).ConfigureAwait(false),
                "xlsx" => await XlsxReader.LandAsync(writer, contract, nodes, path, cancellationToken).ConfigureAwait(false),
                _ => throw new ContractException($"{contract.FilePath}: format.type: unknown format type '{contract.Format.Type}'."),
            };
            await StageAsync("landed", cancellationToken).ConfigureAwait(false);

            progress?.Report(new IntakeProgress(fileName, "validating"));
            var batch = new BatchWriter(writer, contract, nodes, raw, Context(contract));
            try
            {
                await batch.PrepareAsync(cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                tempTables.AddRange(batch.TempTables);
            }

            return await CommitBatchAsync(writer, contract, fileName, sha256, receivedAt, batch.StageAsync, progress, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not DeliveryRefusedException)
        {
            IntakeLog.Failed(_logger, fileName, contract.Id, ex.GetType().Name);
            throw;
        }
        finally
        {
            await BatchWriter.DropTempTablesAsync(writer, tempTables, CancellationToken.None).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// An aggregate return: read into memory, mapped and checked before the transaction (reads only), then its cells,
    /// findings and lineage written in the batch's transaction like any delivery.
    /// </summary>
    private async Task<(LoadCounts Counts, PreparedReturn Prepared)> LoadAggregateAsync(
        DuckDBConnection writer, SourceContract contract, string path, string sha256, DateTimeOffset receivedAt,
        IProgress<IntakeProgress>? progress, CancellationToken cancellationToken)
    {
        var fileName = Path.GetFileName(path);
        try
        {
            progress?.Report(new IntakeProgress(fileName, "landing"));
            var table = await DeliveredTableReader.ReadAsync(writer, contract, path, cancellationToken).ConfigureAwait(false);
            await StageAsync("landed", cancellationToken).ConfigureAwait(false);

            progress?.Report(new IntakeProgress(fileName, "validating"));
            var prepared = await AggregateReturns.PrepareAsync(writer, contract, table, fileName, Today(), cancellationToken).ConfigureAwait(false);
            var counts = await CommitBatchAsync(writer, contract, fileName, sha256, receivedAt, async (batchKey, ct) =>
            {
                await AggregateWriter.WriteAsync(writer, contract, prepared, batchKey, ct).ConfigureAwait(false);
                return new LoadCounts(batchKey, prepared.Cells.Count, prepared.Cells.Count, 0, []);
            }, progress, cancellationToken).ConfigureAwait(false);
            return (counts, prepared);
        }
        catch (Exception ex) when (ex is not DeliveryRefusedException)
        {
            IntakeLog.Failed(_logger, fileName, contract.Id, ex.GetType().Name);
            throw;
        }
    }

    /// <summary>
    /// The batch's transaction, the same for every shape: draw the batch key, let <paramref name="stage"/> write the
    /// delivery's rows, record the lineage, commit; roll back on anything.
    /// </summary>
    private async Task<LoadCounts> CommitBatchAsync(
        DuckDBConnection writer, SourceContract contract, string fileName, string sha256, DateTimeOffset receivedAt,
        Func<long, CancellationToken, Task<LoadCounts>> stage, IProgress<IntakeProgress>? progress, CancellationToken cancellationToken)
    {
        await using var transaction = await writer.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var batchKey = await writer.ScalarAsync<long>("SELECT nextval('seq_load_batch')", cancellationToken).ConfigureAwait(false);
            var counts = await stage(batchKey, cancellationToken).ConfigureAwait(false);
            await StageAsync("staged", cancellationToken).ConfigureAwait(false);

            progress?.Report(new IntakeProgress(fileName, "committing", counts.Loaded));
            await LoadBatchRecord.WriteAsync(writer, contract, fileName, sha256, receivedAt, time.GetUtcNow(), counts, cancellationToken).ConfigureAwait(false);
            await StageAsync("recorded", cancellationToken).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            FaultPoints.Reached("intake:committed");
            return counts;
        }
        catch
        {
            // Rolled back whatever the cause; a refusal is then reported as an outcome, anything else rethrown.
            await transaction.RollbackAsync(CancellationToken.None).ConfigureAwait(false);
            throw;
        }
    }

    private async Task StageAsync(string stage, CancellationToken cancellationToken)
    {
        // intake:landed, intake:staged, intake:recorded (the last moment before the batch commits).
        FaultPoints.Reached("intake:" + stage);
        cancellationToken.ThrowIfCancellationRequested();
        if (AfterStage is { } hook)
        {
            await hook(stage, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The batch key is drawn inside the transaction; <see cref="BatchWriter.StageAsync"/> sets it.</summary>
    private IntakeSqlContext Context(SourceContract contract)
    {
        var today = Today().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var dateFormat = contract.Format.EffectiveDateFormat;
        return new IntakeSqlContext(0, contract.Source.Code, today, dateFormat,
            DateFormats.ToStrptime(dateFormat) ?? throw new ContractException($"{contract.FilePath}: format.dateFormat: '{dateFormat}' cannot be read."),
            AcceptIsoDates: contract.Format.Type == "xlsx");
    }

    /// <summary>The day of delivery in the service's time zone: no reference period or date may lie after it.</summary>
    private DateOnly Today() => DateOnly.FromDateTime(time.GetLocalNow().DateTime);

    private static async Task<(long BatchKey, string FileName)?> FindDuplicateAsync(DuckDBConnection writer, string sha256, CancellationToken cancellationToken)
    {
        await using var command = writer.CreateCommand("SELECT load_batch_key, file_name FROM meta_load_batch WHERE content_sha256 = $sha", ("sha", sha256));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? (reader.GetInt64(0), reader.GetString(1)) : null;
    }
}
