using System.Security.Cryptography;
using System.Text.Json;

namespace Stats.Warehouse.Exports;

/// <summary>
/// metadata.json of an export: the provenance (vintage, publication and creation time, role, format, reporting country,
/// disclosure note), the indicators with their definitions and references (an estimated indicator with its estimates), the
/// years, and every file with its size and
/// SHA-256 so a receiving body can check what it downloaded.
/// </summary>
internal static class ExportManifest
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static async Task<IReadOnlyList<ExportFile>> WriteAsync(ExportContext context, CancellationToken ct)
    {
        var files = new List<ExportFile>();
        foreach (var (path, indicator, rows) in context.Files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            var full = context.PathOf(path);
            if (!File.Exists(full))
            {
                throw new InvalidOperationException($"The {context.Format} export recorded '{path}' but did not write it.");
            }

            await using var stream = File.OpenRead(full);
            var hash = await SHA256.HashDataAsync(stream, ct).ConfigureAwait(false);
            files.Add(new ExportFile(path, indicator, rows, stream.Length, Convert.ToHexStringLower(hash)));
        }

        var document = new
        {
            provenance = context.Provenance().ToDictionary(p => p.Key, p => p.Value),
            format = context.Format,
            vintage = context.Vintage.Id,
            publishedAt = context.Vintage.PublishedAt.ToUniversalTime(),
            createdAt = context.CreatedAt.ToUniversalTime(),
            role = context.RoleWord,
            reportingCountry = context.Vintage.ReportingCountry,
            disclosure = context.DisclosureNote,
            flags = FlagLegend,
            years = context.Years,
            indicators = context.Cubes.Select(c => new
            {
                id = c.Indicator.Id,
                title = c.Indicator.Title,
                definition = c.Indicator.Definition,
                unit = c.Indicator.Unit,
                measure = c.Indicator.Measure,
                breakdowns = c.Dimensions.Select(d => new { id = d.Id, title = d.Title, additive = d.Additive, note = d.Note }),
                sources = c.Indicator.Sources,
                disclosureRule = c.Indicator.DisclosureRule,
                disclosureK = c.Indicator.DisclosureK,
                references = References(c.Indicator.References),
                notes = c.Indicator.Notes,
                // An estimated indicator's interval, model and method per year, so every format (Parquet, Arrow, XLSX
                // included) ships them; the known count as the role may read it. Null for other indicators.
                estimates = c.Estimates.Count == 0 ? null : c.Estimates.Select(e => new
                {
                    year = e.Year,
                    value = e.Value,
                    lower = e.Lower,
                    lowerIsKnown = e.LowerIsKnown,
                    upper = e.Upper,
                    confidence = e.Confidence,
                    model = e.Model,
                    criterion = e.Criterion,
                    intervalMethod = e.IntervalMethod,
                    status = e.Status,
                    reason = e.ReasonText,
                    comment = e.Comment,
                    knownIndicator = e.KnownIndicatorId,
                    knownValue = e.KnownValue,
                    knownFlags = e.KnownFlags,
                    note = "The estimate includes the known count; never add the two.",
                }),
            }),
            files,
        };
        await using (var output = context.CreateFile(Exporter.MetadataFile))
        {
            await JsonSerializer.SerializeAsync(output, document, Json, ct).ConfigureAwait(false);
        }

        return files;
    }

    /// <summary>The published flags (domain brief §8), so every export explains its own flag columns.</summary>
    public static readonly IReadOnlyDictionary<string, string> FlagLegend = new Dictionary<string, string>
    {
        ["b"] = "break in series",
        ["c"] = "confidential (suppressed)",
        ["e"] = "estimated",
        ["p"] = "provisional",
        ["r"] = "revised",
        ["u"] = "low reliability",
        ["z"] = "not applicable",
        ["CONF_STATUS F"] = "free for publication",
        ["CONF_STATUS C"] = "confidential, primary suppression (fewer than k persons)",
        ["CONF_STATUS D"] = "confidential, secondary suppression (protects a primary cell)",
    };

    /// <summary>ind_indicator.references is the indicator file's references object as JSON text; kept as an object, not a string.</summary>
    private static JsonElement? References(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return JsonSerializer.SerializeToElement(text);
        }
    }
}
