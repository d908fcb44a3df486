using Stats.Core.Estimation;

namespace Stats.Core.Tests.Estimation;

/// <summary>How a model written as text becomes interaction terms.</summary>
public sealed class ModelSpecTests
{
    private static readonly string[] Lists = ["A", "B", "C", "D"];

    [Theory]
    [InlineData("", "independence")]
    [InlineData("A*B", "A*B")]
    [InlineData("B*A + C*D", "A*B, C*D")]
    [InlineData("A*B, A*B", "A*B")]
    [InlineData("A*B*C", "A*B, A*C, B*C, A*B*C")]
    [InlineData("B*D, A*B*D", "B*D, A*B, A*D, A*B*D")]
    public void Terms_are_read_and_a_higher_order_term_brings_its_interactions(string text, string expected) =>
        ModelSpec.Format(ModelSpec.Parse(text, Lists), Lists).Should().Be(expected);

    [Fact]
    public void A_three_list_term_among_four_lists_is_estimable()
    {
        // With 4 lists the 15 observed cells carry the 1 + 4 + 3 + 1 parameters of [ABC][D]. D is independent of (A, B, C),
        // so as for [AB][C] (ClosedFormTests): hidden = z_D · S0/S1, S0 = 30+22+41+6+8+7+3 = 117 (D off),
        // S1 = 4+4+5+1+2+1+1 = 18 (D on, not D alone): 17·117/18 = 110.5.
        var table = HandTables.Of(4,
            ("A", 30), ("B", 22), ("C", 41), ("D", 17), ("A+B", 6), ("A+C", 8), ("B+C", 7), ("A+B+C", 3), ("A+D", 4), ("B+D", 4),
            ("C+D", 5), ("A+B+D", 1), ("A+C+D", 2), ("B+C+D", 1), ("A+B+C+D", 1));

        var fit = LogLinearFitter.Fit(table, ModelSpec.Parse("A*B*C", Lists));

        fit.Parameters.Should().Be(9);
        fit.DegreesOfFreedom.Should().Be(6);
        fit.Hidden.Should().BeApproximately(110.5, 1e-5);
    }
}
