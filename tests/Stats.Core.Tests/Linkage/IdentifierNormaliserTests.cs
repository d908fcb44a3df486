using Stats.Core.Linkage;

namespace Stats.Core.Tests.Linkage;

public sealed class IdentifierNormaliserTests
{
    [Theory]
    [InlineData("Müller", "MULLER")]
    [InlineData("Mueller", "MUELLER")] // transliteration is not undone: documented, agencies record the passport spelling
    [InlineData("  anna-maria  o'neil ", "ANNA MARIA O NEIL")]
    [InlineData("Anna Maria O’Neil", "ANNA MARIA O NEIL")]
    [InlineData("Łukasz", "LUKASZ")]
    [InlineData("Øyvind", "OYVIND")]
    [InlineData("Straße", "STRASSE")]
    [InlineData("STRASSE", "STRASSE")]
    [InlineData("İstanbullu", "ISTANBULLU")]
    [InlineData("Kırıkkale", "KIRIKKALE")]
    [InlineData("Đorđević", "DORDEVIC")]
    [InlineData("Ærø", "AERO")]
    [InlineData("Þórunn", "THORUNN")]
    [InlineData("Ștefănescu", "STEFANESCU")]
    [InlineData("Dvořáková", "DVORAKOVA")]
    [InlineData("J. R. R.", "J R R")]
    [InlineData("ﬁona", "FIONA")] // compatibility ligature decomposed by NFKD
    [InlineData("Σοφία", "ΣΟΦΙΑ")]
    [InlineData("Иванова", "ИВАНОВА")]
    [InlineData("Иван-Йордан", "ИВАН ИОРДАН")] // Й decomposes to И + breve under NFKD: the mark goes, the letter stays
    [InlineData("", "")]
    [InlineData(" - ", "")]
    public void Names_are_folded_to_one_spelling(string raw, string expected) =>
        IdentifierNormaliser.NormaliseName(raw).Should().Be(expected);

    [Theory]
    [InlineData("1990-07-04")]
    [InlineData("04.07.1990")]
    [InlineData("4.7.1990")]
    [InlineData("04/07/1990")]
    [InlineData("4/7/1990")]
    [InlineData("19900704")]
    [InlineData("1990-07-04T00:00:00")]
    [InlineData("1990-07-04T13:45:10.123+02:00")]
    [InlineData("1990-07-04 00:00")]
    [InlineData("1990-07-04T00:00:00Z")]
    [InlineData("  04.07.1990 ")]
    public void Dates_in_every_accepted_format_give_the_same_iso_date(string raw) =>
        IdentifierNormaliser.NormaliseDate(raw).Should().Be("1990-07-04");

    [Theory]
    [InlineData("29.02.2023", "99.99.9999")]
    [InlineData("2023-02-29", "9999-99-99")]
    [InlineData("31.04.1990", "99.99.9999")]
    [InlineData("1990-13-01", "9999-99-99")]
    [InlineData("04.07.90", "99.99.99")]
    [InlineData("07-04-1990", "99-99-9999")]
    [InlineData("4 July 1990", "9 AAAA 9999")]
    [InlineData("", "")]
    public void Impossible_or_ambiguous_dates_are_refused_naming_the_shape_not_the_value(string raw, string shape)
    {
        var act = () => IdentifierNormaliser.NormaliseDate(raw);
        var error = act.Should().Throw<FormatException>().Which;
        if (raw.Length > 0)
        {
            error.Message.Should().Contain(shape).And.NotContain(raw.Trim());
        }
    }

    [Fact]
    public void Leap_day_in_a_leap_year_is_accepted() =>
        IdentifierNormaliser.NormaliseDate("29.02.2024").Should().Be("2024-02-29");

    [Theory]
    [InlineData("F", "F")]
    [InlineData("female", "F")]
    [InlineData(" W ", "F")]
    [InlineData("weiblich", "F")]
    [InlineData("Feminine", "F")]
    [InlineData("m", "M")]
    [InlineData("Male", "M")]
    [InlineData("männlich", "M")]
    [InlineData("MÄNNLICH", "M")]
    [InlineData("Masculine", "M")]
    [InlineData("x", "X")]
    [InlineData("d", "X")]
    [InlineData("divers", "X")]
    [InlineData("other", "X")]
    [InlineData("NonConforming", "X")]
    [InlineData("u", "UNK")]
    [InlineData("unknown", "UNK")]
    [InlineData("unbekannt", "UNK")]
    [InlineData("", "UNK")]
    [InlineData("NonSpecifiedUnknown", "UNK")]
    public void Sex_spellings_map_to_the_code_list(string raw, string expected) =>
        IdentifierNormaliser.NormaliseSex(raw).Should().Be(expected);

    [Fact]
    public void Unknown_sex_spelling_is_an_error_not_a_guess()
    {
        var act = () => IdentifierNormaliser.NormaliseSex("q");
        act.Should().Throw<FormatException>().WithMessage("*shaped 'A'*");
    }

    [Theory]
    [InlineData("AT", "AT")]
    [InlineData(" at ", "AT")]
    [InlineData("AUT", "AT")]
    [InlineData("rou", "RO")]
    [InlineData("NGA", "NG")]
    [InlineData("BGR", "BG")]
    [InlineData("DEU", "DE")]
    [InlineData("CHN", "CN")]
    [InlineData("", "UNK")]
    [InlineData("unknown", "UNK")]
    [InlineData("XXX", "UNK")]
    public void Countries_become_alpha_2(string raw, string expected) =>
        IdentifierNormaliser.NormaliseCountry(raw).Should().Be(expected);

    [Theory]
    [InlineData("QQQ")]
    [InlineData("Austria")]
    [InlineData("A1")]
    public void Unrecognised_countries_are_refused(string raw)
    {
        var act = () => IdentifierNormaliser.NormaliseCountry(raw);
        act.Should().Throw<FormatException>().Which.Message.Should().NotContain(raw);
    }
}
