using Stats.Core.Freshness;

namespace Stats.Etl.Contracts;

/// <summary>
/// The contract's <c>timeliness</c> block: ISO 8601 durations (see <see cref="IsoDuration"/>) saying how often the
/// source delivers and when a missing delivery is late or overdue. Validated when the contract is read.
/// </summary>
public sealed record TimelinessSpec(string ExpectedEvery, string LateAfter, string OverdueAfter)
{
    /// <summary>The rule for freshness checks; throws <see cref="ContractException"/> on a block that does not validate.</summary>
    public TimelinessRule ToRule()
    {
        var errors = Problems();
        return errors.Count > 0
            ? throw new ContractException(string.Join(" ", errors))
            : new TimelinessRule(Parse(ExpectedEvery), Parse(LateAfter), Parse(OverdueAfter));
    }

    /// <summary>Every problem of the block, each naming its key; empty when the block is usable.</summary>
    internal IReadOnlyList<string> Problems()
    {
        var errors = new List<string>();
        var expected = Duration("timeliness.expectedEvery", ExpectedEvery, errors);
        var late = Duration("timeliness.lateAfter", LateAfter, errors);
        var overdue = Duration("timeliness.overdueAfter", OverdueAfter, errors);
        if (expected is { } e && late is { } l && l < e)
        {
            errors.Add($"timeliness.lateAfter: '{LateAfter}' is shorter than expectedEvery '{ExpectedEvery}'; a source cannot be late before its next delivery is due.");
        }

        if (late is { } l2 && overdue is { } o && o <= l2)
        {
            errors.Add($"timeliness.overdueAfter: '{OverdueAfter}' must be longer than lateAfter '{LateAfter}'.");
        }

        return errors;
    }

    private static TimeSpan Parse(string text) => IsoDuration.TryParse(text, out var value) ? value : throw new ContractException($"'{text}' is not a duration.");

    private static TimeSpan? Duration(string key, string? text, List<string> errors)
    {
        if (text is null)
        {
            errors.Add($"{key}: missing (an ISO 8601 duration such as P1D).");
            return null;
        }

        if (!IsoDuration.TryParse(text, out var value))
        {
            errors.Add($"{key}: '{text}' is not an ISO 8601 duration of weeks, days, hours, minutes or seconds (e.g. P1D, P2W, PT36H; months and years are not fixed lengths, write days).");
            return null;
        }

        if (value <= TimeSpan.Zero)
        {
            errors.Add($"{key}: '{text}' must be longer than zero.");
            return null;
        }

        return value;
    }
}
