using Stats.Etl.Intake;

namespace Stats.Etl.Tests.Aggregates;

/// <summary>A fault part-way through an aggregate load leaves nothing of its batch, like microdata.</summary>
public sealed class AtomicityTests : AggregateTestBase
{
    private const string File2023 = WideQuarterlyTests.Header + """

        2023;Q1;5;3;1;0;6;3;9
        2023;Jahr;22;10;4;1;26;11;37

        """;

    private const string File2024 = WideQuarterlyTests.Header + """

        2024;Q1;5;3;1;0;6;3;9
        2024;Q2;4;2;<5;1;5;3;c

        """;

    [Theory]
    [InlineData("landed")]
    [InlineData("staged")]
    [InlineData("recorded")]
    public async Task Fault_part_way_leaves_no_row_of_the_batch(string stage)
    {
        var contract = Contract("id-decisions-test", WideQuarterlyTests.ContractJson);
        AssertLoaded(await LoadAsync(contract, Write("identification_decisions_2023.csv", File2023)));
        var before = await StoredAsync();
        var earlier = await CellsAsync(1);
        var path = Write("identification_decisions_2024.csv", File2024);
        var reached = new List<string>();
        Service.AfterStage = async (s, _) =>
        {
            reached.Add(s);
            if (s != stage)
            {
                return;
            }

            if (s == "staged")
            {
                // The batch's cells were there inside the transaction before the fault.
                (await CountAsync("SELECT count(*) FROM stg_aggregate_cell WHERE load_batch_key = 2")).Should().Be(14);
            }

            throw new IOException("disk gone");
        };

        var act = () => LoadAsync(contract, path);

        await act.Should().ThrowAsync<IOException>();
        reached.Last().Should().Be(stage);
        (await StoredAsync()).Should().Be(before);
        (await CellsAsync(1)).Should().BeEquivalentTo(earlier, o => o.WithStrictOrdering());
        (await CountAsync("SELECT count(*) FROM duckdb_tables() WHERE temporary")).Should().Be(0);

        Service.AfterStage = null;
        var retry = await LoadAsync(contract, path);
        retry.Status.Should().Be(IntakeStatus.Loaded, "a failed load records no hash, so the file can be sent again");
        retry.RowsLoaded.Should().Be(14);
    }

    [Fact]
    public async Task The_same_return_sent_again_is_a_duplicate()
    {
        var contract = Contract("id-decisions-test", WideQuarterlyTests.ContractJson);
        var path = Write("identification_decisions_2024.csv", File2024);
        AssertLoaded(await LoadAsync(contract, path));
        var before = await StoredAsync();

        var again = await LoadAsync(contract, path);

        again.Status.Should().Be(IntakeStatus.Duplicate);
        again.DuplicateOfBatchKey.Should().Be(1);
        (await StoredAsync()).Should().Be(before);
    }
}
