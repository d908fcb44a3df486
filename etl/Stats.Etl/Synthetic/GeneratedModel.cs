namespace Stats.Etl.Synthetic;

/// <summary>The generator's own model of a year, kept so that tests can recount the ground truth from the persons rather than from the files.</summary>
internal sealed record GeneratedModel(
    IReadOnlyList<VictimRegistration> Registrations,
    IReadOnlyList<JusticeCase> Cases,
    IReadOnlyList<IdentificationDecision> Decisions,
    IReadOnlyList<RegistryPerson> Registry);
