using Stats.Warehouse.OData.Apply;

namespace Stats.Warehouse.OData;

/// <summary>
/// The analyst fact sets: anonymised microdata of the fact tables, without linkage keys. Left out on purpose: person_key
/// (kept inside the relation as the hidden unit column for disclosure control of <c>$apply</c>, never a property),
/// case_key, organisation_key, load_batch_key, record_number, exact dates (date keys are published as the month only, as
/// the cubes' finest frequency; identification/reference/end dates are left out), exact age in years (age group and band
/// only: with sex, region and citizenship an exact age singles persons out) and the nationality country code (the cubes
/// publish the citizenship group only; rare nationalities identify). Keys: the warehouse surrogate key of the row where
/// the grain has one (registration_key, justice_key, episode_key, decision_key: row numbers of the fact, not linkable to
/// anything published); the person-year grain has none, so it is numbered within the snapshot by year, the published
/// attributes and then a hash of person and year — rows of one person in two years are not adjacent and the order says
/// nothing beyond the published columns (numbers are stable within a vintage only).
/// </summary>
internal static class PublishedSetsFacts
{
    /// <summary>The hidden unit column every fact relation carries (never a property).</summary>
    public const string UnitColumn = "__unit";

    private static readonly (string Column, string Name, FlatType Type, bool Nullable)[] PersonAttributes =
    [
        ("sex_code", "SexCode", FlatType.String, false),
        ("age_group_code", "AgeGroupCode", FlatType.String, false),
        ("age_band_code", "AgeBandCode", FlatType.String, false),
        ("citizenship_group_code", "CitizenshipGroupCode", FlatType.String, false),
    ];

    private static readonly (string Column, string Name, FlatType Type, bool Nullable)[] VictimAttributes =
    [
        ("identifying_org_type_code", "IdentifyingOrgTypeCode", FlatType.String, true),
        .. PersonAttributes,
        ("region_code", "RegionCode", FlatType.String, false),
        ("nuts2_region_code", "Nuts2RegionCode", FlatType.String, false),
        ("trafficking_type_code", "TraffickingTypeCode", FlatType.String, false),
        ("labour_sector_code", "LabourSectorCode", FlatType.String, true),
        ("is_unaccompanied", "IsUnaccompanied", FlatType.Boolean, true),
        ("main_form_code", "MainFormCode", FlatType.String, false),
        ("form_combination", "FormCombination", FlatType.String, false),
    ];

    /// <summary>The fact sets whose table exists in the snapshot, in a fixed order.</summary>
    public static IEnumerable<FlatEntitySet> Build(IReadOnlySet<string> tables, int k)
    {
        if (tables.Contains("fct_victim_registration"))
        {
            yield return Set("Fact_VictimRegistration", "fct_victim_registration", ("registration_key", "RegistrationKey"), k,
                [("victim_status_code", "VictimStatusCode", FlatType.String, false), .. VictimAttributes,
                 ("exploitation_country_code", "ExploitationCountryCode", FlatType.String, true)]);
        }

        if (tables.Contains("fct_victim_person_year"))
        {
            yield return Set("Fact_VictimPersonYear", "fct_victim_person_year", null, k,
                [("highest_status_code", "HighestStatusCode", FlatType.String, false), ("registrations", "Registrations", FlatType.Int32, false),
                 ("agency_count", "AgencyCount", FlatType.Int32, false), .. VictimAttributes]);
        }

        if (tables.Contains("fct_justice_person_stage"))
        {
            yield return Set("Fact_JusticePersonStage", "fct_justice_person_stage", ("justice_key", "JusticeKey"), k,
                [("stage_code", "StageCode", FlatType.String, false), ("is_final", "IsFinal", FlatType.Boolean, true), .. PersonAttributes,
                 ("form_code", "FormCode", FlatType.String, false), ("sentence_type_code", "SentenceTypeCode", FlatType.String, true),
                 ("sentence_months", "SentenceMonths", FlatType.Int32, true), ("sentence_band_code", "SentenceBandCode", FlatType.String, true),
                 ("CAST(compensation_eur AS DOUBLE)", "CompensationEur", FlatType.Double, true)]);
        }

        if (tables.Contains("fct_assistance_episode"))
        {
            yield return Set("Fact_AssistanceEpisode", "fct_assistance_episode", ("episode_key", "EpisodeKey"), k,
                [("assistance_type_code", "AssistanceTypeCode", FlatType.String, false), ("duration_days", "DurationDays", FlatType.Int32, true)]);
        }

        if (tables.Contains("fct_immigration_decision"))
        {
            yield return Set("Fact_ImmigrationDecision", "fct_immigration_decision", ("decision_key", "DecisionKey"), k,
                [("decision_type_code", "DecisionTypeCode", FlatType.String, false), ("outcome_code", "OutcomeCode", FlatType.String, false),
                 ("permit_ground_code", "PermitGroundCode", FlatType.String, true)]);
        }
    }

    private static FlatEntitySet Set(
        string name, string table, (string Column, string Name)? key, int k, (string Column, string Name, FlatType Type, bool Nullable)[] attributes)
    {
        var properties = new List<FlatProperty>();
        var select = new List<string>();
        void Add(string expression, string property, FlatType type, bool nullable)
        {
            properties.Add(new FlatProperty(property, property, type, nullable));
            select.Add($"{expression} AS {SqlIdentifier.Quote(property)}");
        }

        var keyName = key?.Name ?? "RowNo";
        if (key is { } k0)
        {
            Add(k0.Column, k0.Name, FlatType.Int64, false);
        }
        else
        {
            var order = string.Join(", ", attributes.Select(a => a.Column));
            Add($"row_number() OVER (ORDER BY \"year\", {order}, md5(CAST(person_key AS VARCHAR) || '/' || CAST(\"year\" AS VARCHAR)))", keyName, FlatType.Int64, false);
        }

        Add("\"year\"", "Year", FlatType.Int32, false);
        Add("CAST(date_key // 100 % 100 AS INTEGER)", "Month", FlatType.Int32, false);
        foreach (var a in attributes)
        {
            Add(a.Column, a.Name, a.Type, a.Nullable);
        }

        select.Add($"person_key AS {SqlIdentifier.Quote(UnitColumn)}");
        var relation = $"(SELECT {string.Join(", ", select)} FROM {table})";
        return new FlatEntitySet(name, relation, properties, [keyName]) { Disclosure = new ApplyDisclosure(UnitColumn, k) };
    }
}
