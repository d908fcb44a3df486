using Stats.Etl.Intake;

namespace Stats.Etl.Tests.Intake;

public sealed class DuplicateAndAtomicityTests : IntakeTestBase
{
    private string PoliceFile(string name, params int[] people) =>
        Write(name, PoliceVictimsFile.Of(people.Select(n => PoliceVictimsFile.Line(PoliceVictimsFile.Good(n, Key(n)))).ToArray()));

    [Fact]
    public async Task Same_content_delivered_again_is_a_duplicate_and_changes_nothing()
    {
        var first = await LoadAsync("police-victims", PoliceFile("police_victims_a.csv", 1, 2, 3));
        var before = await CountsAsync();
        File.Copy(Path.Combine(Dir, "police_victims_a.csv"), Path.Combine(Dir, "police_victims_a_resent.csv"));

        var again = await LoadAsync("police-victims", Path.Combine(Dir, "police_victims_a.csv"));
        var renamed = await LoadAsync("police-victims", Path.Combine(Dir, "police_victims_a_resent.csv"));

        first.Status.Should().Be(IntakeStatus.Loaded);
        foreach (var outcome in new[] { again, renamed })
        {
            outcome.Status.Should().Be(IntakeStatus.Duplicate);
            outcome.DuplicateOfBatchKey.Should().Be(first.LoadBatchKey);
            outcome.LoadBatchKey.Should().BeNull();
            outcome.ContentSha256.Should().Be(first.ContentSha256);
            outcome.Message.Should().Contain("police_victims_a.csv").And.Contain($"batch {first.LoadBatchKey}");
        }

        renamed.Message.Should().StartWith("police_victims_a_resent.csv");
        (await CountsAsync()).Should().Be(before);
    }

    [Theory]
    [InlineData("landed")]
    [InlineData("staged")]
    [InlineData("recorded")]
    public async Task Fault_part_way_leaves_nothing_of_the_batch_and_earlier_batches_untouched(string stage)
    {
        (await LoadAsync("police-victims", PoliceFile("police_victims_1.csv", 1, 2))).Status.Should().Be(IntakeStatus.Loaded);
        var bad = PoliceVictimsFile.Good(4, Key(4));
        bad[5] = "q";
        var path = Write("police_victims_2.csv", PoliceVictimsFile.Of(PoliceVictimsFile.Line(PoliceVictimsFile.Good(3, Key(3))), PoliceVictimsFile.Line(bad)));
        var before = await CountsAsync();
        var earlierRows = await RowsAsync("SELECT * FROM stg_intake__victim_registration ORDER BY record_number");
        var reached = new List<string>();
        Service.AfterStage = async (s, _) =>
        {
            reached.Add(s);
            if (s == stage)
            {
                if (s == "staged")
                {
                    // Prove the rows were there inside the transaction before the fault.
                    (await CountAsync("SELECT count(*) FROM stg_intake__victim_registration")).Should().Be(3);
                    (await CountAsync("SELECT count(*) FROM qrn_row")).Should().Be(1);
                }

                throw new IOException("disk gone");
            }
        };

        var act = () => LoadAsync("police-victims", path);

        await act.Should().ThrowAsync<IOException>();
        reached.Last().Should().Be(stage);
        (await CountsAsync()).Should().Be(before);
        (await RowsAsync("SELECT * FROM stg_intake__victim_registration ORDER BY record_number")).Should().BeEquivalentTo(earlierRows, o => o.WithStrictOrdering());
        (await CountAsync("SELECT count(*) FROM duckdb_tables() WHERE temporary")).Should().Be(0);

        Service.AfterStage = null;
        var retry = await LoadAsync("police-victims", path);
        retry.Status.Should().Be(IntakeStatus.Loaded, "a failed load records no hash, so the file can be sent again");
        (retry.RowsLoaded, retry.RowsQuarantined).Should().Be((1L, 1L));
    }

    [Fact]
    public async Task Cancellation_part_way_leaves_nothing()
    {
        (await LoadAsync("police-victims", PoliceFile("police_victims_1.csv", 1))).Status.Should().Be(IntakeStatus.Loaded);
        var before = await CountsAsync();
        using var cts = new CancellationTokenSource();
        Service.AfterStage = (s, _) =>
        {
            if (s == "staged")
            {
                cts.Cancel();
            }

            return Task.CompletedTask;
        };

        var act = () => Service.LoadAsync(Writer, Contracts.Get("police-victims"), PoliceFile("police_victims_2.csv", 2, 3), null, cts.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
        (await CountsAsync()).Should().Be(before);
    }

    [Fact]
    public async Task Progress_reports_the_stages_in_order()
    {
        var stages = new List<string>();
        var progress = new SynchronousProgress(p => stages.Add(p.Stage));

        await Service.LoadAsync(Writer, Contracts.Get("police-victims"), PoliceFile("police_victims_1.csv", 1), progress, CancellationToken.None);

        stages.Should().Equal("scanning", "landing", "validating", "committing");
    }

    private sealed class SynchronousProgress(Action<IntakeProgress> report) : IProgress<IntakeProgress>
    {
        public void Report(IntakeProgress value) => report(value);
    }
}
