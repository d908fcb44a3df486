namespace Stats.Core.Estimation;

/// <summary>Why the data cannot support an estimate (written in snake case in outputs: too_few_lists, …).</summary>
public enum RefusalReason
{
    /// <summary>Fewer than 3 lists: with two, the independence assumption cannot be checked at all.</summary>
    TooFewLists,

    /// <summary>A list shares no person with any other list, so nothing says how it relates to them.</summary>
    ListWithoutOverlap,

    /// <summary>A list (or the whole table) has no person.</summary>
    EmptyList,

    /// <summary>A term cannot be estimated: confounded with the unobserved cell, or the cells that would estimate it are empty.</summary>
    NotIdentifiable,

    /// <summary>A count is not a whole number of persons (or is negative).</summary>
    NotWholeNumber,

    /// <summary>The fit does not converge or a parameter runs off to infinity (separation).</summary>
    NoConvergence,

    /// <summary>A model term names a list that is not in the table.</summary>
    UnknownList,

    /// <summary>A model term is malformed (a main effect, a list named twice).</summary>
    InvalidModel,

    /// <summary>The input table is malformed (header, columns, duplicate combinations).</summary>
    InvalidTable,
}
