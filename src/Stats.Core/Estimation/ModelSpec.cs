namespace Stats.Core.Estimation;

/// <summary>
/// Reads a model written as interaction terms: "NRM*POL, NGO1*NRM" (list names joined by '*', terms separated by ','
/// or '+'; names may contain spaces); an empty text is the independence model (main effects only). Main effects are always in the model.
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

            if (!terms.Contains(term))
            {
                terms.Add(term);
            }
        }

        return terms;
    }

    /// <summary>The model as written: its interaction terms, or "independence" when it has none.</summary>
    public static string Format(IReadOnlyList<Interaction> terms, IReadOnlyList<string> lists) =>
        terms.Count == 0 ? "independence" : string.Join(", ", terms.Select(t => t.Name(lists)));

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
