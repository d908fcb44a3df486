namespace Stats.Warehouse.Estimation;

/// <summary>
/// Why a year has no estimate, in words fit for the public. The estimator's own message is for analysts only: it names
/// lists with their counts of persons (e.g. "list 'NGO1' (3 persons) shares no person …"), which would publish
/// unprotected small counts.
/// </summary>
public static class RefusalTexts
{
    /// <summary>Reason code (est_population_estimate.refusal_reason) → public text.</summary>
    public static IReadOnlyDictionary<string, string> All { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["too_few_lists"] = "Fewer than three agencies registered victims in the year: multiple systems estimation needs at least three lists.",
        ["list_without_overlap"] = "An agency's list shares no person with the other lists, so the lists cannot be related to each other.",
        ["empty_list"] = "An agency's list holds no person in the year.",
        ["not_identifiable"] = "The model cannot be estimated from the overlap of the lists in the year.",
        ["no_convergence"] = "No model could be fitted to the overlap of the lists in the year.",
        ["unknown_list"] = "The configured model names an agency that registered no victim in the year.",
        ["invalid_model"] = "The configured model is not a valid set of interactions between lists.",
        ["not_whole_number"] = "The overlap table of the year is not a table of whole numbers of persons.",
        ["invalid_table"] = "The overlap table of the year is not valid.",
    };

    public static string For(string? code) =>
        code is not null && All.TryGetValue(code, out var text) ? text : "The lists of the year cannot support an estimate.";
}
