namespace Stats.Core.Canonical;

/// <summary>
/// The four canonical entities of domain.md §2–4. Staging columns common to all of them
/// (load_batch_key, source_code, record_number, parent_record_number) are added by intake.
/// </summary>
public static class CanonicalEntities
{
    public static readonly CanonicalEntity Victim = new("victim", "stg_intake__victim_registration",
    [
        new("record_id", FieldType.Text),
        new("linkage_key", FieldType.LinkageKey, RequiredByModel: true),
        new("registration_date", FieldType.Date, RequiredByModel: true),
        new("identification_date", FieldType.Date),
        new("victim_status", FieldType.Code, "victim_status", RequiredByModel: true),
        new("identifying_org_type", FieldType.Code, "organisation_type"),
        new("sex", FieldType.Code, "sex"),
        new("age_years", FieldType.Integer),
        new("citizenship", FieldType.Code, "country"),
        new("region", FieldType.Code, "region"),
        new("forms", FieldType.CodeSet, "exploitation_form"),
        new("labour_sector", FieldType.Code, "economic_sector"),
        new("trafficking_type", FieldType.Code, "trafficking_type"),
        new("exploitation_country", FieldType.Code, "country"),
        new("is_unaccompanied", FieldType.Boolean),
    ]);

    public static readonly CanonicalEntity Justice = new("justice", "stg_intake__justice_person_stage",
    [
        new("record_id", FieldType.Text),
        new("person_key", FieldType.LinkageKey, RequiredByModel: true),
        new("case_id", FieldType.Text, RequiredByModel: true),
        new("stage", FieldType.Code, "legal_stage", RequiredByModel: true),
        new("is_final", FieldType.Boolean),
        new("decision_date", FieldType.Date, RequiredByModel: true),
        new("reference_date", FieldType.Date),
        new("sex", FieldType.Code, "sex"),
        new("age_years", FieldType.Integer),
        new("citizenship", FieldType.Code, "country"),
        new("form", FieldType.Code, "exploitation_form"),
        new("sentence_type", FieldType.Code, "sentence_type"),
        new("sentence_months", FieldType.Integer),
        new("compensation_eur", FieldType.Decimal),
    ]);

    public static readonly CanonicalEntity Assistance = new("assistance", "stg_intake__assistance_episode",
    [
        new("record_id", FieldType.Text),
        new("linkage_key", FieldType.LinkageKey, RequiredByModel: true),
        new("assistance_type", FieldType.Code, "assistance_type", RequiredByModel: true),
        new("start_date", FieldType.Date, RequiredByModel: true),
        new("end_date", FieldType.Date),
    ]);

    public static readonly CanonicalEntity Immigration = new("immigration", "stg_intake__immigration_decision",
    [
        new("record_id", FieldType.Text),
        new("linkage_key", FieldType.LinkageKey, RequiredByModel: true),
        new("decision_type", FieldType.Code, "immigration_decision_type", RequiredByModel: true),
        new("outcome", FieldType.Code, "decision_outcome", RequiredByModel: true),
        new("permit_ground", FieldType.Code, "permit_ground"),
        new("decision_date", FieldType.Date, RequiredByModel: true),
        new("reference_date", FieldType.Date),
    ]);

    public static IReadOnlyList<CanonicalEntity> All { get; } = [Victim, Justice, Assistance, Immigration];

    public static CanonicalEntity Get(string name) =>
        All.FirstOrDefault(e => string.Equals(e.Name, name, StringComparison.Ordinal))
        ?? throw new ArgumentException($"Unknown canonical entity '{name}'. Known: {string.Join(", ", All.Select(e => e.Name))}.", nameof(name));
}
