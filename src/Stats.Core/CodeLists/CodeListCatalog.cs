namespace Stats.Core.CodeLists;

/// <summary>Every code list the warehouse knows, with the column holding its codes.</summary>
public static class CodeListCatalog
{
    public static IReadOnlyList<CodeList> All { get; } =
    [
        new("sex", "sex_code"),
        new("victim_status", "victim_status_code"),
        new("age_group", "age_group_code"),
        new("age_band", "age_band_code"),
        new("citizenship_group", "citizenship_group_code"),
        new("country", "country_code"),
        new("region", "region_code"),
        new("exploitation_form", "form_code"),
        new("eurostat_form_group", "eurostat_group_code"),
        new("economic_sector", "sector_code"),
        new("organisation_type", "organisation_type_code"),
        new("legal_stage", "stage_code"),
        new("assistance_type", "assistance_type_code"),
        new("permit_ground", "permit_ground_code"),
        new("immigration_decision_type", "decision_type_code"),
        new("decision_outcome", "outcome_code"),
        new("sentence_type", "sentence_type_code"),
        new("sentence_band", "sentence_band_code"),
        new("trafficking_type", "trafficking_type_code"),
        new("identification_outcome", "outcome_code"),
    ];

    public static CodeList Get(string name) =>
        All.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.Ordinal))
        ?? throw new ArgumentException($"Unknown code list '{name}'.", nameof(name));
}
