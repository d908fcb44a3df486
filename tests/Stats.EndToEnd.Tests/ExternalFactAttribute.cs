namespace Stats.EndToEnd.Tests;

/// <summary>
/// A test that needs a tool from outside .NET (named by an environment variable that .ci/run sets, e.g. xmllint and the
/// OASIS CSDL schemas). Without the tool it is skipped with the reason shown, unless STATS_REQUIRE_EXTERNAL=1 (CI):
/// then it runs and fails on the missing tool instead of passing silently.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ExternalFactAttribute : FactAttribute
{
    public ExternalFactAttribute(params string[] variables)
    {
        var missing = variables.Where(v => string.IsNullOrEmpty(Environment.GetEnvironmentVariable(v))).ToList();
        if (missing.Count > 0 && Environment.GetEnvironmentVariable("STATS_REQUIRE_EXTERNAL") != "1")
        {
            Skip = $"needs {string.Join(", ", missing)} (set by .ci/run; STATS_REQUIRE_EXTERNAL=1 makes this a failure)";
        }
    }

    public static string Required(string variable) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{variable} is not set: .ci/run installs the tool and sets it.");
}
