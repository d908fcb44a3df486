using System.Text.Json;
using System.Text.Json.Serialization;

namespace Stats.Etl.Contracts;

/// <summary>
/// Reads and validates the source contracts of one folder (etl/contracts). A contract is looked up by id or by
/// file path; each is validated when read, so an unusable contract fails before any delivery is touched.
/// </summary>
public sealed class ContractRepository(string directory, string? seedsDirectory = null)
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private readonly ContractValidator _validator = new(seedsDirectory is null ? CodeListValues.FindDefault() : new CodeListValues(seedsDirectory));

    public string Directory { get; } = Path.GetFullPath(directory);

    public SourceContract Get(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        var looksLikePath = id.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || id.Contains('/', StringComparison.Ordinal) || id.Contains('\\', StringComparison.Ordinal);
        var path = looksLikePath ? Path.GetFullPath(id) : Path.Combine(Directory, id + ".json");
        if (!File.Exists(path))
        {
            var known = System.IO.Directory.Exists(Directory)
                ? string.Join(", ", System.IO.Directory.EnumerateFiles(Directory, "*.json").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal))
                : "none";
            throw new ContractException($"No contract '{id}' ({path}). Known contracts: {known}.");
        }

        return Load(path);
    }

    public IReadOnlyList<SourceContract> All() =>
        System.IO.Directory.EnumerateFiles(Directory, "*.json").Order(StringComparer.Ordinal).Select(Load).ToList();

    private SourceContract Load(string path)
    {
        SourceContract? contract;
        try
        {
            using var stream = File.OpenRead(path);
            contract = JsonSerializer.Deserialize<SourceContract>(stream, JsonOptions);
        }
        catch (JsonException ex)
        {
            throw new ContractException(path, [$"{ex.Path ?? "$"}: {ex.Message}"]);
        }

        if (contract is null)
        {
            throw new ContractException(path, ["$: the file holds no contract object."]);
        }

        contract = contract with { FilePath = path };
        var errors = _validator.Validate(contract);
        return errors.Count == 0 ? contract : throw new ContractException(path, errors);
    }
}
