using Stats.Warehouse.Publish;
using Stats.Warehouse.Sql;
using Stats.Warehouse.Tests.Support;

namespace Stats.Warehouse.Tests;

/// <summary>Each data test passes on the good fixtures and fails on a fixture broken on purpose.</summary>
public sealed class DataTestRunnerTests
{
    // One deliberate break per data test, applied to the built good fixture.
    public static TheoryData<string, string> Breaks { get; } = new()
    {
        { "orphan_date_keys", "UPDATE fct_victim_registration SET date_key = 19990101 WHERE registration_key = 1" },
        { "orphan_organisation_keys", "UPDATE fct_assistance_episode SET organisation_key = 999 WHERE episode_key = 1" },
        { "orphan_load_batch_keys", "UPDATE fct_immigration_decision SET load_batch_key = 999 WHERE decision_key = 1" },
        { "orphan_code_values", "UPDATE fct_justice_person_stage SET sentence_band_code = 'CUST_99Y' WHERE stage_code = 'PER_CNV'" },
        { "orphan_code_values", "UPDATE fct_victim_person_year SET form_combination = 'SEX+XYZ' WHERE form_combination = 'SEX+LAB'" },
        { "orphan_person_keys", "INSERT INTO brg_victim_registration_form VALUES (9999, 'SEX', 1)" },
        { "orphan_person_keys", "UPDATE fct_justice_person_stage SET case_key = 999 WHERE justice_key = 1" },
        { "duplicate_grain", "INSERT INTO brg_person_year_form SELECT * FROM brg_person_year_form LIMIT 1" },
        { "duplicate_grain", "INSERT INTO fct_justice_person_stage SELECT * FROM fct_justice_person_stage LIMIT 1" },
        { "negative_counts", "UPDATE fct_assistance_episode SET duration_days = -3 WHERE duration_days IS NOT NULL" },
        { "negative_counts", "UPDATE agg_agency_overlap SET agency_count = 1 WHERE agencies = 'NRM+POL'" },
        { "persons_counted_twice", "INSERT INTO fct_victim_person_year SELECT * FROM fct_victim_person_year LIMIT 1" },
        { "persons_counted_twice", "UPDATE agg_agency_overlap SET persons = persons + 1 WHERE agencies = 'POL'" },
        { "highest_status_not_lower", "UPDATE fct_victim_person_year SET highest_status_code = 'REF' WHERE highest_status_code = 'IDENT'" },
        { "forms_consistent", "UPDATE fct_victim_person_year SET main_form_code = 'ORG' WHERE main_form_code = 'DOM'" },
        { "forms_consistent", "UPDATE fct_victim_registration SET form_combination = 'SEX+LAB' WHERE form_combination = 'SEX'" },
        {
            "estimates_consistent",
            "INSERT INTO est_population_estimate (\"year\", lists, list_count, observed, status, total, hidden, confidence, criterion, interval_method, input_table, warnings) "
            + "VALUES (2023, 'NGO1,NRM,POL', 3, 6, 'estimated', 5, -1, 0.95, 'bic', 'profile', '{}', '[]')"
        },
    };

    [Fact]
    public async Task All_data_tests_pass_on_the_good_fixtures()
    {
        await using var wh = await BuiltAsync();
        var failures = await new DataTestRunner(wh.Database.Sql).RunAsync(wh.Writer, CancellationToken.None);
        failures.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Breaks))]
    public async Task A_broken_fixture_fails_its_data_test(string test, string breakSql)
    {
        await using var wh = await BuiltAsync();
        await wh.Writer.ExecuteAsync(breakSql, CancellationToken.None);

        var failures = await new DataTestRunner(wh.Database.Sql).RunAsync(wh.Writer, CancellationToken.None);

        var failure = failures.Should().ContainSingle(f => f.Test == test).Subject;
        failure.Rows.Should().BeGreaterThan(0);
        failure.Error.Should().BeNull();
        failure.Samples.Should().NotBeEmpty().And.HaveCountLessThanOrEqualTo(5);
    }

    [Fact]
    public void Every_data_test_file_has_a_break_that_makes_it_fail()
    {
        var files = new SqlFiles(new WarehouseOptions().SqlPath).List("tests").Select(f => f.Name);
        var covered = Breaks.Select(row => (string)row[0]).Distinct();
        files.Should().BeEquivalentTo(covered);
    }

    [Fact]
    public async Task Samples_never_show_linkage_keys()
    {
        var sqlDir = CopyOfSqlWith("tests/zz_leaky.sql", "SELECT linkage_key, linkage_key AS k, 'x' AS other FROM map_person");
        try
        {
            await using var wh = await TempWarehouse.CreateAsync(sqlDir);
            await Fixtures.VictimsAsync(wh.Staging);
            await wh.BuildAsync();

            var failures = await new DataTestRunner(wh.Database.Sql).RunAsync(wh.Writer, CancellationToken.None);

            var leaky = failures.Should().ContainSingle().Subject;
            leaky.Test.Should().Be("zz_leaky");
            leaky.Rows.Should().Be(6);
            leaky.Samples.Should().HaveCount(5);
            leaky.Samples.Should().AllSatisfy(row =>
            {
                row.Keys.Should().BeEquivalentTo("k", "other");
                row["k"].Should().Be("[redacted]");
            });
        }
        finally
        {
            Directory.Delete(sqlDir, recursive: true);
        }
    }

    [Fact]
    public async Task A_test_that_cannot_run_is_a_failure()
    {
        var sqlDir = CopyOfSqlWith("tests/zz_broken.sql", "SELECT * FROM no_such_table");
        try
        {
            await using var wh = await TempWarehouse.CreateAsync(sqlDir);
            var failures = await new DataTestRunner(wh.Database.Sql).RunAsync(wh.Writer, CancellationToken.None);
            failures.Should().ContainSingle(f => f.Test == "zz_broken").Which.Error.Should().Contain("no_such_table");
        }
        finally
        {
            Directory.Delete(sqlDir, recursive: true);
        }
    }

    internal static string CopyOfSqlWith(string relativePath, string text)
    {
        var source = new WarehouseOptions().SqlPath;
        var target = Directory.CreateTempSubdirectory("stats-sql-").FullName;
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        File.WriteAllText(Path.Combine(target, relativePath), text);
        return target;
    }

    private static async Task<TempWarehouse> BuiltAsync()
    {
        var wh = await TempWarehouse.CreateAsync();
        await Fixtures.VictimsAsync(wh.Staging);
        await Fixtures.JusticeAsync(wh.Staging);
        await wh.BuildAsync();
        return wh;
    }
}
