using System.Text.Json;
using DuckDB.NET.Data;
using Stats.Etl.Contracts;

namespace Stats.Etl.Readers;

/// <summary>
/// Lands a JSON delivery: the record array (root, or the property <c>recordsPath</c>) is flattened in .NET and
/// appended as text, one raw table for the records and one per child <c>path</c>.
/// </summary>
internal static class JsonReader
{
    public static async Task<IReadOnlyList<RawTable>> LandAsync(
        DuckDBConnection connection, SourceContract contract, IReadOnlyList<ContractNode> nodes, string path, CancellationToken cancellationToken)
    {
        var fileName = Path.GetFileName(path);
        using var document = await ParseAsync(path, fileName, cancellationToken).ConfigureAwait(false);
        var records = Records(document.RootElement, contract.Format.RecordsPath, fileName);

        var flatNodes = nodes.Where(n => n.IsRoot || n.When is not null).ToList();
        var rootSpecs = flatNodes.SelectMany(n => n.Columns).GroupBy(c => c.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);
        var root = new JsonFlattener(rootSpecs.Keys.ToList(), rootSpecs);
        var pathNodes = nodes.Where(n => n.Path is not null).ToDictionary(n => n.Path!, StringComparer.Ordinal);
        var children = pathNodes.ToDictionary(p => p.Key, p => new JsonFlattener(p.Value.Columns.Keys.ToList(), p.Value.Columns), StringComparer.Ordinal);
        var childRows = pathNodes.Keys.ToDictionary(p => p, _ => new List<(long Parent, string?[] Values)>(), StringComparer.Ordinal);
        var rootRows = new List<string?[]>();
        var childPaths = pathNodes.Keys.ToHashSet(StringComparer.Ordinal);

        foreach (var record in records.EnumerateArray())
        {
            var recordNumber = rootRows.Count + 1L;
            if (record.ValueKind != JsonValueKind.Object)
            {
                throw new DeliveryRefusedException(RefusalReasons.MalformedFile, $"{fileName}: record {recordNumber} is not a JSON object.");
            }

            rootRows.Add(root.Flatten(record, childPaths, (childPath, array) =>
            {
                foreach (var item in array.EnumerateArray())
                {
                    if (item.ValueKind != JsonValueKind.Object)
                    {
                        throw new DeliveryRefusedException(RefusalReasons.MalformedFile, $"{fileName}: record {recordNumber}: '{childPath}' holds something other than objects.");
                    }

                    childRows[childPath].Add((recordNumber, children[childPath].Flatten(item)));
                }
            }));
        }

        ColumnCheck.CheckPaths(fileName, root.Seen.Order(StringComparer.Ordinal).ToList(),
            p => rootSpecs.ContainsKey(p) || childPaths.Contains(p) || flatNodes.Any(n => Ignored(n, p)));
        foreach (var (childPath, node) in pathNodes)
        {
            ColumnCheck.CheckPaths(fileName, children[childPath].Seen.Order(StringComparer.Ordinal).Select(p => $"{childPath}.{p}").ToList(),
                p => node.Columns.ContainsKey(p[(childPath.Length + 1)..]) || Ignored(node, p[(childPath.Length + 1)..]) || Ignored(nodes[0], p));
        }

        if (rootRows.Count > 0)
        {
            foreach (var node in flatNodes.Where(n => n.When is null || root.Seen.Contains(n.When)))
            {
                ColumnCheck.CheckRequired(fileName, node, root.Seen.Contains, "property");
            }
        }

        foreach (var (childPath, node) in pathNodes.Where(p => childRows[p.Key].Count > 0))
        {
            ColumnCheck.CheckRequired(fileName, node, children[childPath].Seen.Contains, "property");
        }

        return await AppendAsync(connection, nodes, root, rootRows, children, childRows, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<IReadOnlyList<RawTable>> AppendAsync(
        DuckDBConnection connection, IReadOnlyList<ContractNode> nodes, JsonFlattener root, List<string?[]> rootRows,
        Dictionary<string, JsonFlattener> children, Dictionary<string, List<(long Parent, string?[] Values)>> childRows, CancellationToken cancellationToken)
    {
        using (var appender = await RawAppender.CreateAsync(connection, RawTable.NameOf(0), root.Columns.Count, withParent: false, cancellationToken).ConfigureAwait(false))
        {
            for (var i = 0; i < rootRows.Count; i++)
            {
                appender.Append(i + 1, null, rootRows[i]);
            }
        }

        var rootColumns = root.Columns.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => FlatLayout.ColumnName(x.i), StringComparer.Ordinal);
        var tables = new List<RawTable>();
        foreach (var node in nodes)
        {
            if (node.Path is { } childPath)
            {
                var name = RawTable.NameOf(node.Index);
                using (var appender = await RawAppender.CreateAsync(connection, name, children[childPath].Columns.Count, withParent: true, cancellationToken).ConfigureAwait(false))
                {
                    var rows = childRows[childPath];
                    for (var i = 0; i < rows.Count; i++)
                    {
                        appender.Append(i + 1, rows[i].Parent, rows[i].Values);
                    }
                }

                var columns = children[childPath].Columns.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => FlatLayout.ColumnName(x.i), StringComparer.Ordinal);
                tables.Add(new RawTable(name, "r.record_number", "r.parent_record_number", null, columns));
            }
            else
            {
                var columns = node.Columns.Keys.ToDictionary(c => c, c => rootColumns[c], StringComparer.Ordinal);
                var filter = node.When is { } when ? $"NULLIF(trim(r.{rootColumns[when]}), '') IS NOT NULL" : null;
                tables.Add(new RawTable(RawTable.NameOf(0), "r.record_number", node.IsRoot ? "NULL::BIGINT" : "r.record_number", filter, columns));
            }
        }

        return tables;
    }

    private static bool Ignored(ContractNode node, string path) =>
        node.Ignore.Any(i => string.Equals(i, path, StringComparison.Ordinal) || path.StartsWith(i + ".", StringComparison.Ordinal));

    private static async Task<JsonDocument> ParseAsync(string path, string fileName, CancellationToken cancellationToken)
    {
        await JsonPreflight.CheckAsync(path, fileName, cancellationToken).ConfigureAwait(false);
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.Asynchronous);
        try
        {
            // A property named twice would load whichever the flattener met last: refused instead.
            return await JsonDocument.ParseAsync(stream, new JsonDocumentOptions { AllowDuplicateProperties = false }, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException ex)
        {
            var line = ex.LineNumber is { } n ? $"line {n + 1}: " : string.Empty;
            var what = ex.Message.Contains("Duplicate", StringComparison.OrdinalIgnoreCase) ? "an object names the same property twice." : "not valid JSON.";
            throw new DeliveryRefusedException(RefusalReasons.MalformedFile, $"{fileName}: {line}{what}");
        }
    }

    private static JsonElement Records(JsonElement root, string? recordsPath, string fileName)
    {
        if (string.IsNullOrEmpty(recordsPath))
        {
            return root.ValueKind == JsonValueKind.Array
                ? root
                : throw new DeliveryRefusedException(RefusalReasons.MalformedFile, $"{fileName}: the file must hold an array of records.");
        }

        return root.ValueKind == JsonValueKind.Object && root.TryGetProperty(recordsPath, out var records) && records.ValueKind == JsonValueKind.Array
            ? records
            : throw new DeliveryRefusedException(RefusalReasons.MalformedFile, $"{fileName}: no array of records at '{recordsPath}'.");
    }
}
