namespace Stats.Charts.Tests.Delivery;

/// <summary>
/// A test that needs the real SMTP server of <see cref="SmtpSink"/> (node and the npm package smtp-server, found through
/// STATS_TEST_SMTP_MODULES, which .ci/run sets). Without it the test is skipped with the reason shown, unless
/// STATS_REQUIRE_EXTERNAL=1 (CI): then it runs and fails on the missing server instead of passing silently.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SmtpFactAttribute : FactAttribute
{
    public SmtpFactAttribute()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(SmtpSink.ModulesVariable)) && Environment.GetEnvironmentVariable("STATS_REQUIRE_EXTERNAL") != "1")
        {
            Skip = $"needs {SmtpSink.ModulesVariable} (a node_modules folder holding smtp-server, set by .ci/run; STATS_REQUIRE_EXTERNAL=1 makes this a failure)";
        }
    }
}
