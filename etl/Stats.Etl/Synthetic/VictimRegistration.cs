using Stats.Core.Linkage;

namespace Stats.Etl.Synthetic;

/// <summary>
/// One person-event at one agency: the status the agency gave, the quasi-identifiers as that agency spelled them and
/// the key derived from that spelling. Social-care episodes and decisions hang off NRM registrations, a support
/// service off NGO ones.
/// </summary>
internal sealed record VictimRegistration(
    SyntheticPerson Person,
    string Agency,
    string Status,
    DateOnly RegisteredOn,
    DateOnly? IdentifiedOn,
    QuasiIdentifiers Recorded,
    string LinkageKey,
    bool InRowRulesFile)
{
    public string RecordId { get; set; } = string.Empty;

    public List<AssistanceEpisode> Services { get; } = [];

    public List<ImmigrationDecision> Decisions { get; } = [];
}
