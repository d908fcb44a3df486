using Stats.Core.Estimation;

namespace Stats.Core.Tests.Estimation;

/// <summary>Overlap tables given as CSV that must be refused, with the row, column and value named in the message.</summary>
public sealed class CsvRefusalTests
{
    private const string Header = "NGO1,NRM,POL,persons";

    [Theory]
    [InlineData("12.5", "row 3", "count '12.5' in column 'persons' is not a whole number")]
    [InlineData("-3", "row 3", "count '-3' in column 'persons' is negative")]
    [InlineData("abc", "row 3", "count 'abc' in column 'persons' is not a number")]
    [InlineData("7.0", "row 3", "count '7.0' in column 'persons' must be written as a whole number")]
    public void A_count_that_is_not_a_whole_number_of_persons_is_refused(string count, string row, string reason)
    {
        var act = () => Read($"{Header}\n1,0,0,70\n0,1,0,{count}\n0,0,1,132\n");

        act.Should().Throw<EstimationRefusedException>().Where(e => e.Reason == RefusalReason.NotWholeNumber && e.ReasonCode == "not_whole_number")
            .Which.Message.Should().StartWith($"overlap.csv, {row}: ").And.Contain(reason);
    }

    [Theory]
    [InlineData("1,2,0,9", "row 3, column 2: '2' under list 'NRM' must be 0 or 1")]
    [InlineData("1,yes,0,9", "row 3, column 2: 'yes' under list 'NRM' must be 0 or 1")]
    [InlineData("1,0,9", "row 3: the row has 3 fields; the header has 4")]
    [InlineData("1,1,0,0,9", "row 3: the row has 5 fields; the header has 4")]
    [InlineData("1,0,0,5", "row 3: combination NGO1 was already given on row 2")]
    [InlineData("0,0,0,12", "row 3: the combination on no list is the unobserved cell")]
    public void A_malformed_row_is_refused_with_its_row(string line, string reason)
    {
        var act = () => Read($"{Header}\n1,0,0,70\n{line}\n0,0,1,132\n");

        act.Should().Throw<EstimationRefusedException>().Where(e => e.Reason == RefusalReason.InvalidTable && e.ReasonCode == "invalid_table")
            .Which.Message.Should().StartWith($"overlap.csv, {reason}");
    }

    [Theory]
    [InlineData("", "row 1: the file is empty")]
    [InlineData("persons\n1\n", "row 1: the header has 1 column; it needs one column per list and a last column with the count")]
    [InlineData("A,A,persons\n1,0,3\n", "row 1, column 2: list names must be distinct and not empty ('A')")]
    [InlineData("A,,persons\n1,0,3\n", "row 1, column 2: list names must be distinct and not empty ('')")]
    public void A_malformed_header_is_refused(string text, string reason)
    {
        var act = () => Read(text);

        act.Should().Throw<EstimationRefusedException>().Where(e => e.Reason == RefusalReason.InvalidTable)
            .Which.Message.Should().StartWith($"overlap.csv, {reason}");
    }

    [Fact]
    public void A_well_formed_file_reads_as_written_with_absent_and_zero_rows()
    {
        // The demo table of ISSUE9: NGO1 70, NRM 123, POL 132, NGO1+NRM 9, NGO1+POL 3, NRM+POL 10, all three 3 (350 seen);
        // semicolons, a byte-order mark, a zero row and blank lines are accepted.
        var table = Read("\uFEFFNGO1;NRM;POL;persons\n1;0;0;70\n0;1;0;123\n\n0;0;1;132\n1;1;0;9\n1;0;1;3\n0;1;1;10\n1;1;1;3\n0;0;0;0\n");

        table.Lists.Should().Equal("NGO1", "NRM", "POL");
        table.Observed.Should().Be(350);
        table[0b011].Should().Be(9);
        table.ListSize(0).Should().Be(70 + 9 + 3 + 3);
    }

    private static OverlapTable Read(string text)
    {
        using var reader = new StringReader(text);
        return OverlapTableCsv.Read(reader, "overlap.csv");
    }
}
