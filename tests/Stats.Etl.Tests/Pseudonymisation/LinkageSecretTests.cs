using System.Text;
using Stats.Etl.Pseudonymisation;

namespace Stats.Etl.Tests.Pseudonymisation;

public sealed class LinkageSecretTests
{
    [Fact]
    public void Text_secret_is_trimmed_and_used_as_utf8_bytes() =>
        LinkageSecret.Parse("  ein Geheimnis für alle Ämter \r\n", "s.txt").Should().Equal(Encoding.UTF8.GetBytes("ein Geheimnis für alle Ämter"));

    [Fact]
    public void Hex_secret_is_decoded() =>
        LinkageSecret.Parse("hex:00ff10AB\n", "s.txt").Should().Equal(0x00, 0xff, 0x10, 0xab);

    [Theory]
    [InlineData("hex:abc")]
    [InlineData("hex:zz11")]
    [InlineData("hex:")]
    [InlineData("   ")]
    public void Malformed_secret_names_the_file_but_not_the_content(string text)
    {
        var act = () => LinkageSecret.Parse(text, "/secrets/national.key");
        act.Should().Throw<InvalidOperationException>().Which.Message.Should().Contain("/secrets/national.key").And.NotContain("zz11");
    }

    [Fact]
    public void Missing_file_is_reported_with_its_path()
    {
        var path = Path.Combine(Path.GetTempPath(), $"no-such-secret-{Guid.NewGuid():N}.txt");
        var act = () => LinkageSecret.ReadFile(path);
        act.Should().Throw<InvalidOperationException>().WithMessage($"*{path}*");
    }
}
