using Stats.Core.Disclosure;

namespace Stats.Core.Tests.Disclosure;

public sealed class DisclosureRuleTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(0)]
    [InlineData(-5)]
    public void K_below_two_is_refused_naming_k(int k)
    {
        var act = () => new DisclosureRule(k);

        act.Should().Throw<ArgumentOutOfRangeException>()
            .Where(e => e.ParamName == "k" && e.Message.Contains("k must be at least 2", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(5)]
    [InlineData(11)]
    public void K_of_two_or_more_is_kept(int k) => new DisclosureRule(k).K.Should().Be(k);
}
