using System.Text.Json;

namespace Stats.Etl.Synthetic;

/// <summary>
/// What the warehouse must find in a generated year, computed by the generator from the persons and cases it
/// created (never by reading its files back). Counts follow domain.md §3 and §5: persons once per year at their
/// highest status; registered victims = identified + presumed; breakdowns are over registered victims.
/// Includes the good rows of the dirty row-rules delivery. IdentificationDecisions (V08) are the identification
/// authority's decisions by period, age group and outcome, zeros and totals included. RegistryConvictedByMainForm
/// (J05 by form, as published from the court registry)
/// gives for every form code that is the main form of a registry category the convicted persons whose registry form
/// set has it as main form (0 when none: the registry lists every category), null when a registry category
/// contributing to it was published as "&lt;5"; forms without a category are absent (not available). Serialised as camelCase JSON.
/// </summary>
public sealed record GroundTruth(
    int Year,
    int Seed,
    IReadOnlyDictionary<string, int> Registrations,
    int DistinctPersons,
    IReadOnlyDictionary<string, int> PersonsByHighestStatus,
    int RegisteredVictims,
    int DuplicateRegistrations,
    IReadOnlyList<AgencyOverlap> Overlap,
    IReadOnlyDictionary<string, int> RegisteredVictimsBySex,
    int ChildRegisteredVictims,
    IReadOnlyDictionary<string, int> RegisteredVictimsByMainForm,
    IReadOnlyDictionary<string, int> RegisteredVictimsByCitizenshipGroup,
    JusticeTruth Justice,
    int AssistanceEpisodes,
    int ImmigrationDecisions,
    IReadOnlyList<IdentificationDecisionCount> IdentificationDecisions,
    IReadOnlyDictionary<string, int?> RegistryConvictedByMainForm,
    IReadOnlyList<DeliveryTruth> Deliveries)
{
    internal static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
    };

    public static GroundTruth Read(string path)
    {
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<GroundTruth>(stream, JsonOptions)
            ?? throw new InvalidDataException($"The ground-truth file '{path}' holds no object.");
    }

    internal byte[] ToJson() => [.. JsonSerializer.SerializeToUtf8Bytes(this, JsonOptions), (byte)'\n'];
}
