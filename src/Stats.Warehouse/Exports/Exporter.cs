using System.Globalization;
using DuckDB.NET.Data;
using Stats.Warehouse.Indicators;
using Stats.Warehouse.OData;
using Stats.Warehouse.Sql;
using Stats.Warehouse.Vintages;

namespace Stats.Warehouse.Exports;

/// <summary>
/// Makes one export of one published vintage. The request is checked in full before anything is written (unknown format,
/// indicator or year → <see cref="ExportRequestException"/>); the files are written to a staging folder next to the
/// destination and moved into place only when complete, with metadata.json, so a reader never sees half an export and a
/// failed export leaves the previous one as it was.
/// </summary>
public sealed class Exporter(WarehouseOptions options, TimeProvider time)
{
    public const string MetadataFile = "metadata.json";

    /// <summary>Checks the request against the vintage without writing anything; returns the normalised indicators and years.</summary>
    public async Task<(IExportFormat Format, IReadOnlyList<string> Indicators, IReadOnlyList<int> Years)> CheckAsync(
        ExportRequest request, DuckDBConnection snapshot, int vintageId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var format = ExportFormats.Find(request.Format);
        var all = await SnapshotCatalogue.IndicatorsAsync(snapshot, ct).ConfigureAwait(false);
        var indicators = new List<string>();
        foreach (var asked in request.Indicators.Select(i => i.Trim()).Where(i => i.Length > 0))
        {
            var found = all.FirstOrDefault(i => string.Equals(i.Id, asked, StringComparison.OrdinalIgnoreCase))
                ?? throw new ExportRequestException(string.Create(CultureInfo.InvariantCulture,
                    $"--indicators: unknown indicator '{asked}'; vintage {vintageId} has {string.Join(", ", all.Select(i => i.Id))}."));
            if (!indicators.Contains(found.Id))
            {
                indicators.Add(found.Id);
            }
        }

        if (indicators.Count == 0)
        {
            indicators.AddRange(all.Select(i => i.Id));
        }

        var held = await YearsAsync(snapshot, indicators, ct).ConfigureAwait(false);
        var missing = request.Years.Where(y => !held.Contains(y)).Distinct().ToList();
        if (missing.Count > 0)
        {
            throw new ExportRequestException(string.Create(CultureInfo.InvariantCulture,
                $"--years: vintage {vintageId} has no figures for {string.Join(", ", missing)}; it holds {(held.Count == 0 ? "no year" : string.Join(", ", held))}."));
        }

        var years = request.Years.Count == 0 ? held : request.Years.Distinct().Order().ToList();
        return (format, indicators, years);
    }

    /// <summary>Writes the export into <paramref name="outDirectory"/>: a new or empty folder, or an earlier export, which it replaces whole.</summary>
    public async Task<ExportResult> ExportAsync(ExportRequest request, VintageInfo vintage, string outDirectory, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(vintage);
        var destination = Path.GetFullPath(outDirectory);
        ExportFormats.Find(request.Format);
        CheckDestination(destination);

        await using var snapshot = await new VintageStore(options).OpenReadOnlyAsync(vintage, ct).ConfigureAwait(false);
        var (format, indicators, years) = await CheckAsync(request, snapshot, vintage.Id, ct).ConfigureAwait(false);
        var exportVintage = await VintageAsync(snapshot, vintage, ct).ConfigureAwait(false);
        var dimensions = await DimensionsAsync(snapshot, ct).ConfigureAwait(false);
        var codes = await CodesAsync(snapshot, ct).ConfigureAwait(false);
        var cubes = await CubesAsync(snapshot, request.Role, indicators, dimensions, years, ct).ConfigureAwait(false);

        var parent = Path.GetDirectoryName(destination)!;
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{Path.GetFileName(destination)}.partial-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        try
        {
            var context = new ExportContext(
                snapshot, exportVintage, time.GetUtcNow(), request.Role, format.Id, cubes, years, dimensions, codes,
                staging, Path.Combine(options.SqlPath, "exports"));
            await format.WriteAsync(context, ct).ConfigureAwait(false);
            var files = await ExportManifest.WriteAsync(context, ct).ConfigureAwait(false);
            Replace(staging, destination);
            return new ExportResult(format.Id, exportVintage, context.RoleWord, context.CreatedAt, destination, indicators, years, files, format.SingleFile);
        }
        catch
        {
            TryDelete(staging);
            throw;
        }
    }

    /// <summary>Default folder: data/exports/vintage-&lt;id&gt;/&lt;role&gt;/&lt;format&gt;.</summary>
    public string DefaultDirectory(int vintageId, IndicatorRole role, string format) => Path.Combine(
        options.DataPath, "exports", string.Create(CultureInfo.InvariantCulture, $"vintage-{vintageId}"),
        role == IndicatorRole.Analyst ? "analyst" : "public", ExportFormats.Find(format).Id);

    /// <summary>Never replace a folder that is not an earlier export: --out pointing at a home folder must not empty it.</summary>
    private static void CheckDestination(string destination)
    {
        if (File.Exists(destination))
        {
            throw new ExportRequestException($"--out: '{destination}' is a file; give a folder to write the export into.");
        }

        if (Directory.Exists(destination) && Directory.EnumerateFileSystemEntries(destination).Any()
            && !File.Exists(Path.Combine(destination, MetadataFile)))
        {
            throw new ExportRequestException(
                $"--out: '{destination}' is not empty and is not an earlier export (no {MetadataFile}); give a new or empty folder.");
        }
    }

    private static void Replace(string staging, string destination)
    {
        string? old = null;
        if (Directory.Exists(destination))
        {
            old = Path.Combine(Path.GetDirectoryName(destination)!, $".{Path.GetFileName(destination)}.old-{Guid.NewGuid():N}");
            Directory.Move(destination, old);
        }

        try
        {
            Directory.Move(staging, destination);
        }
        catch when (old is not null)
        {
            Directory.Move(old, destination);
            throw;
        }

        if (old is not null)
        {
            TryDelete(old);
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException)
        {
            // A leftover hidden staging folder is harmless; the export itself is already in place or was never moved.
        }
    }

    private static async Task<List<int>> YearsAsync(DuckDBConnection snapshot, IReadOnlyList<string> indicators, CancellationToken ct)
    {
        var years = new List<int>();
        await using var command = snapshot.CreateCommand(
            $"SELECT DISTINCT \"year\" FROM ind_cell WHERE indicator_id IN {PublishedSetsNames.InList(indicators)} ORDER BY 1");
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            years.Add(reader.GetInt32(0));
        }

        return years;
    }

    private static async Task<ExportVintage> VintageAsync(DuckDBConnection snapshot, VintageInfo vintage, CancellationToken ct)
    {
        await using var command = snapshot.CreateCommand("SELECT CAST(reporting_country AS VARCHAR) FROM meta_vintage LIMIT 1");
        var country = await command.ExecuteScalarAsync(ct).ConfigureAwait(false) as string;
        return new ExportVintage(vintage.Id, vintage.PublishedAt, country ?? new WarehouseOptions().ReportingCountry);
    }

    private static async Task<List<ExportDimension>> DimensionsAsync(DuckDBConnection snapshot, CancellationToken ct)
    {
        var result = new List<ExportDimension>();
        await using var command = snapshot.CreateCommand("SELECT dimension, title, additive, note FROM ind_dimension ORDER BY sort_order, dimension");
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            var id = reader.GetString(0);
            result.Add(new ExportDimension(id, PublishedSetsNames.Pascal(id), reader.GetString(1), reader.GetBoolean(2), reader.IsDBNull(3) ? null : reader.GetString(3)));
        }

        return result;
    }

    private static async Task<List<ExportCode>> CodesAsync(DuckDBConnection snapshot, CancellationToken ct)
    {
        var result = new List<ExportCode>();
        await using var command = snapshot.CreateCommand(
            "SELECT c.dimension, c.code, min(c.label), min(c.sort_order) FROM ind_code c JOIN ind_dimension d USING (dimension) "
            + "GROUP BY c.dimension, c.code, d.sort_order ORDER BY d.sort_order, 4, 2");
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            result.Add(new ExportCode(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? 0 : Convert.ToInt32(reader.GetValue(3), CultureInfo.InvariantCulture)));
        }

        return result;
    }

    private static async Task<List<ExportCube>> CubesAsync(
        DuckDBConnection snapshot, IndicatorRole role, IReadOnlyList<string> indicators, IReadOnlyList<ExportDimension> dimensions,
        IReadOnlyList<int> years, CancellationToken ct)
    {
        var sets = await PublishedSets.ReadAsync(snapshot, role == IndicatorRole.Analyst ? ODataRole.Analyst : ODataRole.Public, ct).ConfigureAwait(false);
        var catalogue = await SnapshotCatalogue.IndicatorsAsync(snapshot, ct).ConfigureAwait(false);
        var cubes = new List<ExportCube>();
        foreach (var id in indicators)
        {
            var indicator = catalogue.Single(i => i.Id == id);
            var set = sets.FirstOrDefault(s => s.Name == PublishedSetsNames.SetName(id))
                ?? throw new ExportRequestException($"Indicator {id} has no published cube in this vintage.");
            var estimates = await PublishedEstimates.ReadAsync(snapshot, id, role, ct).ConfigureAwait(false);
            cubes.Add(new ExportCube(indicator, dimensions.Where(d => indicator.Breakdowns.Contains(d.Id)).ToList(), set, years, estimates));
        }

        return cubes;
    }
}
