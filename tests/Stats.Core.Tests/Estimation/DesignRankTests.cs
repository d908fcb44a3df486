using MathNet.Numerics.LinearAlgebra;
using Stats.Core.Estimation;

namespace Stats.Core.Tests.Estimation;

/// <summary>The fitter's rank check (eigenvalues of XᵀX) against the rank of X from a full SVD, over random term sets.</summary>
public sealed class DesignRankTests
{
    [Theory]
    [InlineData(3, 1)]
    [InlineData(4, 2)]
    [InlineData(5, 3)]
    [InlineData(6, 4)]
    public void The_rank_check_agrees_with_the_svd_rank(int lists, int seed)
    {
        // Random sets of interactions of any order (not only hierarchical ones). Over the observed cells the only
        // dependence among distinct terms needs every one of them (the indicator of the unobserved cell), so a quarter of
        // the trials take them all and a quarter repeat a term: both full-rank and deficient designs occur. The SVD of X
        // is the reference.
        var random = new Random(seed);
        var all = Enumerable.Range(1, (1 << lists) - 1).Where(m => System.Numerics.BitOperations.PopCount((uint)m) >= 2).ToArray();
        var (full, deficient) = (0, 0);
        for (var trial = 0; trial < 200; trial++)
        {
            var terms = random.Next(4) switch
            {
                0 => all.Select(m => new Interaction(m)).ToList(),
                1 => [.. all.Where(_ => random.NextDouble() < 0.5).Append(all[random.Next(all.Length)]).Append(all[random.Next(all.Length)]).Select(m => new Interaction(m))],
                _ => all.Where(_ => random.NextDouble() < 0.5).Select(m => new Interaction(m)).ToList(),
            };
            var design = DesignMatrix.Build(lists, terms, withUnobservedCell: false);
            var svdRank = design.Rows.Length < design.Columns ? -1 : Matrix<double>.Build.DenseOfRowArrays(design.Rows).Svd(computeVectors: false).Rank;
            var expected = svdRank == design.Columns;

            DesignRank.IsFullColumnRank(design).Should().Be(expected, $"{lists} lists, terms {string.Join(' ', terms.Select(t => t.Mask))}");
            (full, deficient) = expected ? (full + 1, deficient) : (full, deficient + 1);
        }

        full.Should().BePositive();
        deficient.Should().BePositive();
    }

    [Fact]
    public void Fifteen_lists_with_every_two_list_interaction_have_full_rank()
    {
        // The largest design the table allows: 32,767 cells, 1 + 15 + 105 parameters.
        var terms = Enumerable.Range(0, 15).SelectMany(a => Enumerable.Range(a + 1, 14 - a).Select(b => Interaction.Of(a, b))).ToList();

        DesignRank.IsFullColumnRank(DesignMatrix.Build(15, terms, withUnobservedCell: false)).Should().BeTrue();
    }
}
