namespace Stats.Core.Estimation;

/// <summary>
/// How stepwise selection decides to add a two-list interaction to the model (docs: sql/indicators/ESTIMATION.md).
/// </summary>
public enum SelectionCriterion
{
    /// <summary>Add the term that lowers BIC most (−2 log L + p log n, n = persons seen); stop when none lowers it.</summary>
    Bic,

    /// <summary>Add the term that lowers AIC most (−2 log L + 2p); stop when none lowers it.</summary>
    Aic,

    /// <summary>
    /// Add the term with the smallest likelihood-ratio p-value while it is below the significance level, as in the
    /// published UK modern-slavery application (Silverman 2014); known to overstate when many terms are tried.
    /// </summary>
    Significance,

    /// <summary>No selection: fit the model given in the options.</summary>
    Fixed,
}
