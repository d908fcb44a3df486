using Stats.Core.Estimation;
using Xunit.Abstractions;

namespace Stats.Core.Tests.Estimation;

/// <summary>The seeded parametric bootstrap interval: reproducible by seed, and in line with the profile interval where both are accurate.</summary>
public sealed class BootstrapTests(ITestOutputHelper output)
{
    private static readonly EstimationOptions Bootstrap = new()
    {
        Criterion = SelectionCriterion.Fixed, Model = string.Empty, Interval = IntervalMethod.Bootstrap, BootstrapReplicates = 499,
    };

    [Fact]
    public void The_same_seed_gives_the_same_interval_and_another_seed_another()
    {
        var table = new CaptureModel(["A", "B", "C", "D"], [0.12, 0.2, 0.1, 0.25]).Draw(2000, new Random(7));

        var first = MultipleSystemsEstimator.Estimate(table, Bootstrap with { Seed = 11 });
        var again = MultipleSystemsEstimator.Estimate(table, Bootstrap with { Seed = 11 });
        var other = MultipleSystemsEstimator.Estimate(table, Bootstrap with { Seed = 12 });

        (again.Lower, again.Upper).Should().Be((first.Lower, first.Upper));
        other.Lower.Should().NotBe(first.Lower);
        other.Upper.Should().NotBe(first.Upper);
        other.Total.Should().Be(first.Total, "the seed moves the interval only");
    }

    public static TheoryData<string, double[]> LargeIndependentTables() => new()
    {
        { "4 lists, p = 0.12, 0.2, 0.1, 0.25", [0.12, 0.2, 0.1, 0.25] },
        { "3 lists, p = 0.5 each", [0.5, 0.5, 0.5] },
    };

    [Theory]
    [MemberData(nameof(LargeIndependentTables))]
    public void Issue_9_bootstrap_and_profile_intervals_agree_on_a_large_independent_table(string name, double[] probabilities)
    {
        // N = 20,000: both intervals are close to the normal one, so their widths must agree to within Monte Carlo error
        // (999 replicates: a few per cent). A bootstrap that redraws only the seen cells also counts the variance of
        // the population size itself (≈ N): with p = 0.5 on 3 lists that makes it √5 ≈ 2.2 times as wide.
        var lists = Enumerable.Range(0, probabilities.Length).Select(i => ((char)('A' + i)).ToString()).ToArray();
        var table = new CaptureModel(lists, probabilities).Draw(20_000, new Random(5));

        var profile = MultipleSystemsEstimator.Estimate(table, Bootstrap with { Interval = IntervalMethod.ProfileLikelihood });
        var bootstrap = MultipleSystemsEstimator.Estimate(table, Bootstrap with { BootstrapReplicates = 999 });

        var (profileWidth, bootstrapWidth) = (profile.Upper - profile.Lower, bootstrap.Upper - bootstrap.Lower);
        output.WriteLine($"{name}: total {profile.Total:F0}, profile {profile.Lower:F0}–{profile.Upper:F0}, bootstrap {bootstrap.Lower:F0}–{bootstrap.Upper:F0}, width ratio {bootstrapWidth / profileWidth:F3}");
        (bootstrapWidth / profileWidth).Should().BeInRange(0.9, 1.1);
        bootstrap.Lower.Should().BeApproximately(profile.Lower, 0.1 * profileWidth);
        bootstrap.Upper.Should().BeApproximately(profile.Upper, 0.1 * profileWidth);
        bootstrap.Warnings.Should().BeEmpty();
    }
}
