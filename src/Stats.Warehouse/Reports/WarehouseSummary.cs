namespace Stats.Warehouse.Reports;

/// <summary>
/// Headline figures of one reference year read from a published snapshot. Persons are counted once per year at
/// their highest status; RegistrationsByAgency counts registrations (non-additive as persons: a person seen by two
/// agencies appears at both).
/// </summary>
public sealed record WarehouseSummary(
    int Year,
    IReadOnlyList<CodeCount> RegistrationsByAgency,
    long Registrations,
    long Persons,
    IReadOnlyList<CodeCount> PersonsByHighestStatus,
    long RegisteredVictims,
    long DuplicateRegistrationsRemoved,
    IReadOnlyList<OverlapRow> Overlap,
    IReadOnlyList<JusticeStageCount> Justice,
    IReadOnlyList<CodeCount> RegisteredVictimsBySex,
    IReadOnlyList<CodeCount> RegisteredVictimsByCitizenshipGroup,
    IReadOnlyList<CodeCount> RegisteredVictimsByMainForm,
    long ChildVictims,
    long AssistanceEpisodes,
    long ImmigrationDecisions);
