namespace Stats.EndToEnd.Tests;

/// <summary>Issue 6: `stats subscriptions add|list|remove` on a data folder's catalog, as an operator runs them.</summary>
public sealed class Issue6SubscriptionsCommandTests : IDisposable
{
    private readonly TempDataFolder _data = new();

    [Fact]
    public async Task Issue_6_subscriptions_are_added_listed_by_pack_and_removed()
    {
        var minister = await Run("subscriptions", "add", "--name", "Minister's office", "--email", "office@interior.example", "--role", "Analyst");
        minister.ExitCode.Should().Be(0, minister.Error);
        minister.Output.Should().Contain("'Minister's office' <office@interior.example> to pack 'ministry' as analyst");
        (await Run("subscriptions", "add", "--name", "press", "--email", "press@stats.example", "--role", "public", "--pack", "press")).ExitCode.Should().Be(0);

        var all = await Run("subscriptions", "list");
        all.ExitCode.Should().Be(0, all.Error);
        var rows = Rows(all.Output);
        rows.Should().HaveCount(2);
        rows[0].Should().StartWith("Minister's office").And.Contain("office@interior.example").And.Contain("analyst").And.Contain("ministry").And.Contain("yes");
        rows[1].Should().StartWith("press").And.Contain("public").And.Contain(" press ");
        Rows((await Run("subscriptions", "list", "--pack", "press")).Output).Should().ContainSingle().Which.Should().StartWith("press");

        var removed = await Run("subscriptions", "remove", "--name", "press");
        removed.ExitCode.Should().Be(0, removed.Error);
        removed.Output.Should().Contain("Removed subscription 'press'");
        Rows((await Run("subscriptions", "list")).Output).Should().ContainSingle().Which.Should().StartWith("Minister's office");
    }

    [Fact]
    public async Task Issue_6_bad_subscription_input_gives_a_clear_error_and_a_non_zero_exit()
    {
        (await Run("subscriptions", "add", "--name", "a", "--email", "a@x.example", "--role", "public")).ExitCode.Should().Be(0);

        var cases = new (string[] Args, string Message)[]
        {
            (["subscriptions", "add", "--name", "b", "--email", "not-an-address", "--role", "public"], "'not-an-address' is not an e-mail address"),
            (["subscriptions", "add", "--name", "b", "--email", "b@x.example", "--role", "root"], "Unknown role 'root'"),
            (["subscriptions", "add", "--name", "a", "--email", "b@x.example", "--role", "analyst"], "'a' already exists"),
            (["subscriptions", "add", "--name", "b", "--email", "b@x.example", "--role", "public", "--pack", "../etc"], "'../etc' is not a pack id"),
            (["subscriptions", "remove", "--name", "nobody"], "No subscription named 'nobody'"),
        };
        foreach (var (args, message) in cases)
        {
            var run = await Run(args);
            run.ExitCode.Should().Be(1, string.Join(' ', args));
            run.Error.Should().StartWith("error: ").And.Contain(message).And.NotContain("   at ", "no stack trace");
        }

        (await Run("subscriptions", "add", "--name", "c")).ExitCode.Should().NotBe(0, "--email and --role are required");
        Rows((await Run("subscriptions", "list")).Output).Should().ContainSingle("only the first add succeeded");
    }

    public void Dispose() => _data.Dispose();

    private Task<CliRun> Run(params string[] args) => CliRun.RunAsync([.. args, "--data", _data.Path]);

    /// <summary>The table's data rows: lines with cell borders, without the header row.</summary>
    private static List<string> Rows(string output) => output.Split('\n')
        .Where(l => l.StartsWith('│'))
        .Select(l => string.Join(' ', l.Split('│', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)))
        .Where(l => !l.StartsWith("name ", StringComparison.Ordinal))
        .ToList();
}
