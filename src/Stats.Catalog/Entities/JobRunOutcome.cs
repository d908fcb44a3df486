namespace Stats.Catalog.Entities;

/// <summary>How one run of a scheduled job ended; stored by name. <see cref="Running"/> until it finishes.</summary>
public enum JobRunOutcome
{
    Running,
    Succeeded,
    Failed,

    /// <summary>Failed, and the scheduler will fire the job again (a later row with the next attempt number).</summary>
    WillRetry,

    /// <summary>The process stopped during the run; set by <c>JobRunRecorder.MarkInterruptedAsync</c> at the next start.</summary>
    Interrupted,

    /// <summary>Fired but had nothing to do or was not allowed to run (e.g. another run of the job still going).</summary>
    Skipped,
}
