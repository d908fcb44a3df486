using Quartz;

namespace Stats.Etl.Scheduling;

/// <summary>
/// The one place a job's failure is sorted: a transient failure leaves the job as a <see cref="JobExecutionException"/>, so
/// Quartz retries it under the retry policy; any other failure becomes the run's recorded failure and the job ends, so it
/// is not retried (a broken contract or a failing data test would fail the same way again).
/// </summary>
internal static class JobBody
{
    public static async Task<JobReport> RunAsync(Func<Task<JobReport>> work)
    {
        try
        {
            return await work().ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception e) when (TransientErrors.IsTransient(e))
        {
            throw new JobExecutionException(e.Message, e);
        }
        catch (Exception e)
        {
            return new JobReport { Failure = e.Message };
        }
    }
}
