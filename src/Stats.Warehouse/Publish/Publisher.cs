using DuckDB.NET.Data;
using Stats.Warehouse.Build;
using Stats.Warehouse.Estimation;
using Stats.Warehouse.Faults;
using Stats.Warehouse.Indicators;
using Stats.Warehouse.Sql;
using Stats.Warehouse.Vintages;

namespace Stats.Warehouse.Publish;

/// <summary>
/// Build → population estimates → indicator cubes → data tests → snapshot → atomic switch. Nothing is published unless every data test passes; a failure
/// or an error leaves current.json and the previous vintage serving. Runs on the single writer connection.
/// </summary>
public sealed class Publisher(WarehouseDatabase database, TimeProvider time)
{
    public async Task<PublishResult> PublishAsync(DuckDBConnection writer, IProgress<string>? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(writer);
        // A configuration mistake stops the publish before anything is built, naming the key.
        var estimation = database.Options.Estimation.ToOptions();
        var build = await new ModelBuilder(database).BuildAsync(writer, progress, ct).ConfigureAwait(false);
        // Estimates feed the cubes (V09), so they are made from this build, before the cubes.
        await new PopulationEstimation(database).RunAsync(writer, estimation, progress, ct).ConfigureAwait(false);
        var store = new VintageStore(database.Options);
        // Flags r compare with what readers see now: the current vintage.
        var indicators = await new IndicatorBuilder(database, time).BuildAsync(writer, store.Current()?.FilePath, progress, ct).ConfigureAwait(false);

        progress?.Report("data tests");
        var failures = await new DataTestRunner(database.Sql).RunAsync(writer, ct).ConfigureAwait(false);
        if (failures.Count > 0)
        {
            progress?.Report($"not published: {failures.Count} data test(s) failed");
            return new PublishResult(false, null, failures, build) { Indicators = indicators };
        }

        FaultPoints.Reached("publish:tested");

        // Before the id is drawn, so an id only a killed publish had taken (never served) is used again.
        if (UnfinishedVintages.Remove(store.VintagesPath, store.Current()?.Id) is { Count: > 0 } removed)
        {
            progress?.Report($"removed {removed.Count} file(s) an interrupted publish left: {string.Join(", ", removed)}");
        }

        var logged = await writer.ScalarAsync<int>("SELECT coalesce(max(vintage_id), 0) FROM meta_vintage_log", ct).ConfigureAwait(false);
        var id = Math.Max(logged, store.HighestIdOnDisk()) + 1;
        var publishedAt = time.GetUtcNow();

        string file;
        try
        {
            file = await SnapshotWriter.WriteAsync(
                writer, store.VintagesPath, id, publishedAt, database.Options.ReportingCountry, progress, ct).ConfigureAwait(false);
        }
        catch
        {
            SnapshotWriter.DeleteLeftovers(Path.Combine(store.VintagesPath, VintageManifest.DatabaseFileName(id)) + ".tmp");
            throw;
        }

        FaultPoints.Reached("publish:snapshot-written");
        var manifest = new VintageManifest(id, publishedAt, Path.GetFileName(file));
        VintageStore.WriteAtomically(Path.Combine(store.VintagesPath, VintageManifest.ManifestFileName(id)), manifest);
        FaultPoints.Reached("publish:manifest-written");
        // The switch: readers that look up current.json from now on get the new vintage.
        VintageStore.WriteAtomically(Path.Combine(store.VintagesPath, VintageStore.CurrentFileName), manifest);
        FaultPoints.Reached("publish:switched");
        await writer.ExecuteAsync(
            "INSERT INTO meta_vintage_log VALUES ($id, CAST($published_at AS TIMESTAMPTZ), $file)",
            ct, ("id", id), ("published_at", publishedAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture)),
            ("file", manifest.File)).ConfigureAwait(false);
        FaultPoints.Reached("publish:logged");

        progress?.Report($"published vintage {id}");
        return new PublishResult(true, manifest.ToInfo(store.VintagesPath), [], build) { Indicators = indicators };
    }
}
