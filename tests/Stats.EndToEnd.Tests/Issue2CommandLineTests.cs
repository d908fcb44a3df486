using DuckDB.NET.Data;
using Stats.Warehouse;

namespace Stats.EndToEnd.Tests;

/// <summary>Issue 2: the `stats` commands one by one, as an operator uses them.</summary>
public sealed class Issue2CommandLineTests
{
    [Theory]
    [InlineData("generate")]
    [InlineData("pseudonymise")]
    [InlineData("load")]
    [InlineData("publish")]
    [InlineData("demo")]
    public async Task Issue_2_every_command_has_help(string command)
    {
        var run = await CliRun.RunAsync(command, "--help");

        run.ExitCode.Should().Be(0);
        run.Output.Should().Contain("Usage:").And.Contain(command).And.Contain("--data");
    }

    [Fact]
    public async Task Issue_2_load_prints_the_outcome_and_a_refused_delivery_exits_non_zero_with_its_reason_on_stderr()
    {
        using var data = new TempDataFolder();
        var generated = await CliRun.RunAsync("generate", "--data", data.Path, "--year", "2025", "--seed", "7");
        generated.ExitCode.Should().Be(0, generated.Error);
        var folder = data.Deliveries(2025);

        var loaded = await CliRun.RunAsync("load", "--data", data.Path, "--contract", "prosecution-persons", Path.Combine(folder, "clean", "prosecution_persons_2025.csv"));
        var refused = await CliRun.RunAsync("load", "--data", data.Path, "--contract", "police-victims", Path.Combine(folder, "dirty", "police_victims_2025_identifying.csv"));

        loaded.ExitCode.Should().Be(0, loaded.Error);
        loaded.Output.Should().Contain("prosecution_persons_2025.csv").And.Contain("loaded");
        refused.ExitCode.Should().Be(3);
        refused.Error.Should().Contain("police_victims_2025_identifying.csv").And.Contain("identifying_column").And.Contain("first_name");
        await using var warehouse = await new WarehouseDatabase(new WarehouseOptions { DataDirectory = data.Path }).OpenWriterAsync(CancellationToken.None);
        (await CountAsync(warehouse, "SELECT count(*) FROM meta_load_batch")).Should().Be(1);
        (await CountAsync(warehouse, "SELECT count(*) FROM stg_intake__victim_registration")).Should().Be(0);
    }

    [Fact]
    public async Task Issue_2_bad_arguments_name_the_parameter_and_exit_non_zero()
    {
        using var data = new TempDataFolder();

        var missingFile = await CliRun.RunAsync("load", "--data", data.Path, "--contract", "police-victims", Path.Combine(data.Path, "nope.csv"));
        var unknownContract = await CliRun.RunAsync("load", "--data", data.Path, "--contract", "no-such-contract", typeof(CliRun).Assembly.Location);
        var missingSecret = await CliRun.RunAsync("pseudonymise", "--in", "a.csv", "--out", "b.csv");

        missingFile.ExitCode.Should().NotBe(0);
        missingFile.Error.Should().Contain("nope.csv");
        unknownContract.ExitCode.Should().NotBe(0);
        unknownContract.Error.Should().Contain("no-such-contract").And.Contain("Known contracts").And.NotContain("   at ", "users get the reason, not a stack trace");
        missingSecret.ExitCode.Should().NotBe(0);
        missingSecret.Error.Should().Contain("--secret-file");
    }

    [Fact]
    public async Task Issue_2_pseudonymise_reproduces_the_agency_delivery_from_the_raw_file()
    {
        using var data = new TempDataFolder();
        (await CliRun.RunAsync("generate", "--data", data.Path, "--year", "2025", "--seed", "11")).ExitCode.Should().Be(0);
        var folder = data.Deliveries(2025);
        var output = Path.Combine(data.Path, "pseudonymised.csv");

        var run = await CliRun.RunAsync("pseudonymise",
            "--secret-file", Path.Combine(folder, "raw", "demo-secret.txt"),
            "--in", Path.Combine(folder, "raw", "police_victims_raw_2025.csv"),
            "--out", output);

        run.ExitCode.Should().Be(0, run.Error);
        var header = (await File.ReadAllLinesAsync(output))[0];
        header.Should().NotContain("surname").And.NotContain("given_name").And.NotContain("date_of_birth").And.Contain("person_pseudonym");
        (await File.ReadAllBytesAsync(output)).Should().Equal(await File.ReadAllBytesAsync(Path.Combine(folder, "clean", "police_victims_2025.csv")));
    }

    private static async Task<long> CountAsync(DuckDBConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
