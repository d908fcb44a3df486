using Stats.Catalog.Entities;

namespace Stats.Catalog.Jobs;

/// <summary>How a run ended (never <see cref="JobRunOutcome.Running"/>). <paramref name="Message"/> is for operators: an error message, never a stack trace.</summary>
public sealed record JobRunEnd(
    JobRunOutcome Outcome,
    int FilesSeen = 0,
    int DeliveriesLoaded = 0,
    int DeliveriesRefused = 0,
    int DeliveriesDuplicate = 0,
    long RowsLoaded = 0,
    int? VintageId = null,
    string? Message = null);
