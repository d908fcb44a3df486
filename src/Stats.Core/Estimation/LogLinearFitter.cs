using MathNet.Numerics;

namespace Stats.Core.Estimation;

/// <summary>
/// Fits one log-linear Poisson model (main effects plus the given interactions) to the observed cells of an overlap table
/// and reads off the fitted all-zero cell. Refuses models that cannot be estimated: a term confounded with the unobserved
/// cell (the design is not of full rank over the observed cells), a term whose lists share no person (its estimate would
/// be minus infinity), a fit that separates or does not converge, and an unbounded hidden cell.
/// </summary>
public static class LogLinearFitter
{
    /// <summary>A hidden cell above this multiple of the persons seen says the data do not bound the model's estimate.</summary>
    public const double UnboundedRatio = 1000;

    /// <summary>Fits the model; throws <see cref="EstimationRefusedException"/> naming the term when it cannot be estimated.</summary>
    public static ModelFit Fit(OverlapTable table, IReadOnlyList<Interaction> terms)
    {
        var considered = TryFit(table, terms);
        return considered.Fit is not null && considered.Rejected is null
            ? considered.Fit
            : throw new EstimationRefusedException(
                considered.Fit is null && considered.Rejected!.Contains("converge", StringComparison.Ordinal) ? RefusalReason.NoConvergence : RefusalReason.NotIdentifiable,
                $"model {considered.Name}: {considered.Rejected}");
    }

    /// <summary>Fits the model, or says why it cannot be used; never throws for a model the data cannot support.</summary>
    public static ConsideredModel TryFit(OverlapTable table, IReadOnlyList<Interaction> terms)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(terms);
        var name = ModelSpec.Format(terms, table.Lists);
        var design = DesignMatrix.Build(table.ListCount, terms, withUnobservedCell: false);
        if (!FullRank(design))
        {
            return new ConsideredModel(name, terms, null, NotIdentifiable(table, terms, design));
        }

        var empty = terms.FirstOrDefault(t => table.OnAll(t.Mask) == 0);
        if (empty.Mask != 0)
        {
            return new ConsideredModel(name, terms, null,
                $"not identifiable: no person is on all of {empty.Name(table.Lists).Replace("*", ", ", StringComparison.Ordinal)}, so the interaction {empty.Name(table.Lists)} has no finite estimate");
        }

        var y = design.Cells.Select(c => (double)table[c]).ToArray();
        var result = PoissonRegression.Fit(design, y);
        if (!result.Converged || result.Failure is not null)
        {
            return new ConsideredModel(name, terms, null, $"the fit did not converge: {result.Failure ?? "unknown"}");
        }

        var fit = ToModelFit(table, terms, name, design, y, result);
        return fit.Hidden > UnboundedRatio * Math.Max(1, table.Observed)
            ? new ConsideredModel(name, terms, fit, $"unbounded: the model puts {fit.Hidden:G3} persons in the unobserved cell, over {UnboundedRatio:N0} times the persons seen")
            : new ConsideredModel(name, terms, fit, null);
    }

    private static ModelFit ToModelFit(OverlapTable table, IReadOnlyList<Interaction> terms, string name, DesignMatrix design, double[] y, PoissonFitResult result)
    {
        var logLikelihood = 0.0;
        for (var i = 0; i < y.Length; i++)
        {
            logLikelihood += (y[i] > 0 ? y[i] * Math.Log(result.Fitted[i]) : 0) - result.Fitted[i] - SpecialFunctions.GammaLn(y[i] + 1);
        }

        var parameters = design.Columns;
        var observed = table.Observed;
        return new ModelFit(
            terms, name, observed, Math.Exp(result.Coefficients[0]), result.Deviance, design.Rows.Length - parameters, logLikelihood, parameters,
            -2 * logLikelihood + (2.0 * parameters), -2 * logLikelihood + (parameters * Math.Log(Math.Max(observed, 1))),
            result.Iterations, result.Coefficients, result.Fitted);
    }

    /// <summary>Names the term that, given the others, is confounded with the unobserved cell (the highest-order one, if several).</summary>
    private static string NotIdentifiable(OverlapTable table, IReadOnlyList<Interaction> terms, DesignMatrix design)
    {
        var culprit = terms
            .Select((term, index) => (term, index))
            .OrderByDescending(t => t.term.Order).ThenByDescending(t => t.index)
            .Select(t => t.term)
            .Where(t => FullRank(DesignMatrix.Build(table.ListCount, [.. terms.Where(other => other != t)], withUnobservedCell: false)))
            .Select(t => (Interaction?)t)
            .FirstOrDefault();
        var which = culprit is { } term ? $"the term {term.Name(table.Lists)} is" : "a term is";
        return $"not identifiable: with {table.ListCount} lists the {design.Columns} parameters cannot all be estimated from the {design.Rows.Length} observed cells " +
            $"({which} confounded with the unobserved cell)";
    }

    private static bool FullRank(DesignMatrix design) => DesignRank.IsFullColumnRank(design);
}
