using Stats.Etl.Contracts;
using Stats.Etl.Readers;

namespace Stats.Etl.Aggregates;

/// <summary>
/// Applies the contract's <c>checks</c>: a check whose action is <c>refuse</c> and that found something refuses
/// the delivery, with its findings in the message; the others' findings are recorded with the batch.
/// </summary>
internal static class CheckActions
{
    private const int ListedInMessage = 10;

    public static void RefuseIfAny(AggregateChecks checks, IReadOnlyList<AggregateFinding> findings, string fileName)
    {
        var rules = new[]
        {
            (AggregateFinding.Margin, checks.Margins, RefusalReasons.InconsistentMargins, "details that do not add up to their total"),
            (AggregateFinding.PeriodSum, checks.Periods, RefusalReasons.InconsistentPeriods, "periods that do not add up to their year or quarter"),
            (AggregateFinding.Negative, checks.Negative, RefusalReasons.NegativeCount, "negative counts"),
            (AggregateFinding.Revision, checks.Revision.Action, RefusalReasons.LargeRevision, "large revisions"),
        };
        foreach (var (check, action, reason, what) in rules)
        {
            var found = findings.Where(f => f.CheckCode == check).ToList();
            if (action == AggregateChecks.Refuse && found.Count > 0)
            {
                var listed = found.Take(ListedInMessage).Select(f => f.Message.StartsWith(fileName + ": ", StringComparison.Ordinal) ? f.Message[(fileName.Length + 2)..] : f.Message);
                var more = found.Count > ListedInMessage ? $"; and {found.Count - ListedInMessage} more" : string.Empty;
                throw new DeliveryRefusedException(reason,
                    $"{fileName}: the contract refuses {what} ({found.Count} {Plural(found.Count, "finding")}): {string.Join("; ", listed)}{more}");
            }
        }
    }

    internal static string Plural(int count, string noun) => count == 1 ? noun : noun + "s";
}
