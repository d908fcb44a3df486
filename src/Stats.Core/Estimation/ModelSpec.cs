namespace Stats.Core.Estimation;

/// <summary>
/// Reads a model written as interaction terms: "NRM*POL, NGO1*NRM" (list names joined by '*', terms separated by ','
/// or '+'; names may contain spaces); an empty text is the independence model (main effects only). Main effects are always in the model;
/// a term of three or more lists also brings the interactions of its lists ("A*B*C" = A*B, A*C, B*C, A*B*C), as in R.
/// </summary>
public static class ModelSpec
{
    public static IReadOnlyList<Interaction> Parse(string text, IReadOnlyList<string> lists)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(lists);
        var terms = new List<Interaction>();
        // '+' separates terms too (R style "A*B + B*C") unless a list name contains it (the warehouse joins agencies with it).
        char[] separators = lists.Any(l => l.Contains('+', StringComparison.Ordinal)) ? [','] : [',', '+'];
        foreach (var part in text.Split(separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var mask = 0;
            foreach (var name in part.Split('*', StringSplitOptions.TrimEntries))
            {
                var index = IndexOf(lists, name);
                if (index < 0)
                {
                    throw new EstimationRefusedException(
                        RefusalReason.UnknownList, $"model term '{part}': '{name}' is not one of the lists ({string.Join(", ", lists)}).");
                }

                if ((mask & (1 << index)) != 0)
                {
                    throw new EstimationRefusedException(RefusalReason.InvalidModel, $"model term '{part}' names list '{name}' twice.");
                }

                mask |= 1 << index;
            }

            var term = new Interaction(mask);
            if (term.Order < 2)
            {
                throw new EstimationRefusedException(
                    RefusalReason.InvalidModel, $"model term '{part}' is a main effect; main effects are always in the model, give interactions such as A*B.");
            }

            foreach (var implied in WithLowerOrderTerms(term).Where(t => !terms.Contains(t)))
            {
                terms.Add(implied);
            }
        }

        return terms;
    }

    /// <summary>The model as written: its interaction terms, or "independence" when it has none.</summary>
    public static string Format(IReadOnlyList<Interaction> terms, IReadOnlyList<string> lists) =>
        terms.Count == 0 ? "independence" : string.Join(", ", terms.Select(t => t.Name(lists)));

    /// <summary>
    /// A term of three or more lists brings every interaction of its lists with it, as '*' does in R formulas: a model
    /// with A*B*C but not A*B is not hierarchical, and what it means would change with the 0/1 coding of the lists.
    /// </summary>
    private static IEnumerable<Interaction> WithLowerOrderTerms(Interaction term)
    {
        var subsets = new List<Interaction>();
        for (var subset = term.Mask; subset != 0; subset = (subset - 1) & term.Mask)
        {
            if (System.Numerics.BitOperations.PopCount((uint)subset) >= 2)
            {
                subsets.Add(new Interaction(subset));
            }
        }

        return subsets.OrderBy(t => t.Order).ThenBy(t => t.Mask);
    }

    private static int IndexOf(IReadOnlyList<string> lists, string name)
    {
        for (var i = 0; i < lists.Count; i++)
        {
            if (string.Equals(lists[i], name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
