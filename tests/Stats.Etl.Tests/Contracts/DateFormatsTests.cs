using Stats.Etl.Contracts;

namespace Stats.Etl.Tests.Contracts;

public sealed class DateFormatsTests
{
    [Theory]
    [InlineData("dd.MM.yyyy", "%d.%m.%Y")]
    [InlineData("yyyy-MM-dd", "%Y-%m-%d")]
    [InlineData("d/M/yyyy", "%-d/%-m/%Y")]
    [InlineData("yyyyMMdd", "%Y%m%d")]
    [InlineData("dd.MM.yy HH:mm", "%d.%m.%y %H:%M")]
    [InlineData("'Tag' dd", "Tag %d")]
    public void Dotnet_patterns_translate_to_strptime(string pattern, string expected) =>
        DateFormats.ToStrptime(pattern).Should().Be(expected);

    [Theory]
    [InlineData("dd.MM.yyyy tt")]
    [InlineData("ddd, dd MMM")]
    [InlineData("'open")]
    public void Patterns_with_letters_intake_cannot_read_are_rejected(string pattern) =>
        DateFormats.ToStrptime(pattern).Should().BeNull();
}
