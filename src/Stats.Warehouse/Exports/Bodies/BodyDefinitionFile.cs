using System.Text.Json;

namespace Stats.Warehouse.Exports.Bodies;

/// <summary>Reads a body's table layout from sql/exports (kept as data, not code); errors name the file and the reason.</summary>
public static class BodyDefinitionFile
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static async Task<T> ReadAsync<T>(string directory, string fileName, CancellationToken ct)
    {
        var path = Path.Combine(directory, fileName);
        if (!File.Exists(path))
        {
            throw new InvalidDataException($"{path}: the export definition is missing (expected in the sql/exports folder).");
        }

        try
        {
            await using var stream = File.OpenRead(path);
            return await JsonSerializer.DeserializeAsync<T>(stream, Json, ct).ConfigureAwait(false)
                ?? throw new InvalidDataException($"{path}: the file is empty.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: not a valid definition (line {e.LineNumber + 1}, {e.Path}): {e.Message}", e);
        }
    }
}
