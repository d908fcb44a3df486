using System.Security.Cryptography;
using System.Text;
using Stats.Core.Linkage;

namespace Stats.Core.Tests.Linkage;

public sealed class LinkageKeyDeriverTests
{
    private static readonly byte[] Secret = Encoding.UTF8.GetBytes("unit-test national secret, 32+ bytes long");

    [Fact]
    public void Key_is_hmac_sha256_of_the_documented_canonical_string()
    {
        var key = new LinkageKeyDeriver(Secret).Derive(new QuasiIdentifiers("Müller", "Anna-Maria", "04.07.1990", "weiblich", "AUT"));

        // Built by hand from the documented layout, hashed with the framework's own HMAC class.
        var canonical = "thb-link-v1\u001FMULLER\u001FANNA MARIA\u001F1990-07-04\u001FF\u001FAT";
        using var hmac = new HMACSHA256(Secret);
        var expected = Convert.ToHexStringLower(hmac.ComputeHash(Encoding.UTF8.GetBytes(canonical)));

        key.Should().Be(expected).And.MatchRegex("^[0-9a-f]{64}$");
    }

    [Fact]
    public void Differently_recorded_spellings_of_one_person_give_one_key()
    {
        var deriver = new LinkageKeyDeriver(Secret);
        string[] keys =
        [
            deriver.Derive(new QuasiIdentifiers("Ștefănescu", "Ana-Maria", "1990-07-04", "F", "RO")),
            deriver.Derive(new QuasiIdentifiers("  STEFANESCU ", "ana maria", "04.07.1990", "female", "ROU")),
            deriver.Derive(new QuasiIdentifiers("stefanescu", "Ana  Maria", "4.7.1990", "w", "ro")),
            deriver.Derive(new QuasiIdentifiers("Stefănescu", "ANA-MARIA", "04/07/1990", "Feminine", "RO")),
            deriver.Derive(new QuasiIdentifiers("Ştefănescu", "Ana.Maria", "19900704", "weiblich", "rou")), // cedilla variant of Ș
            deriver.Derive(new QuasiIdentifiers("Ștefănescu", "Ana-Maria", "1990-07-04T00:00:00", "F", "RO")),
        ];

        keys.Distinct().Should().ContainSingle();
    }

    [Fact]
    public void Any_differing_quasi_identifier_gives_another_key()
    {
        var deriver = new LinkageKeyDeriver(Secret);
        var baseline = new QuasiIdentifiers("Huber", "Eva", "1990-07-04", "F", "AT");
        string[] keys =
        [
            deriver.Derive(baseline),
            deriver.Derive(baseline with { Surname = "Hueber" }),
            deriver.Derive(baseline with { GivenName = "Eva Maria" }),
            deriver.Derive(baseline with { DateOfBirth = "1990-07-05" }),
            deriver.Derive(baseline with { Sex = "M" }),
            deriver.Derive(baseline with { CountryOfBirth = "DE" }),
        ];

        keys.Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Field_boundaries_cannot_be_shifted_between_parts()
    {
        var deriver = new LinkageKeyDeriver(Secret);
        deriver.Derive(new QuasiIdentifiers("Ann", "Eva Maria", "1990-07-04", "F", "AT"))
            .Should().NotBe(deriver.Derive(new QuasiIdentifiers("Ann Eva", "Maria", "1990-07-04", "F", "AT")));
    }

    [Fact]
    public void Another_secret_gives_another_key()
    {
        var person = new QuasiIdentifiers("Huber", "Eva", "1990-07-04", "F", "AT");
        var otherSecret = Encoding.UTF8.GetBytes("another national secret, also 32+ bytes");
        new LinkageKeyDeriver(Secret).Derive(person).Should().NotBe(new LinkageKeyDeriver(otherSecret).Derive(person));
    }

    [Fact]
    public void Impossible_birth_date_is_refused()
    {
        var act = () => new LinkageKeyDeriver(Secret).Derive(new QuasiIdentifiers("Huber", "Eva", "29.02.2023", "F", "AT"));
        var error = act.Should().Throw<QuasiIdentifierFormatException>().Which;
        error.Field.Should().Be(nameof(QuasiIdentifiers.DateOfBirth));
        error.Message.Should().Contain("99.99.9999").And.NotContain("29.02.2023");
    }

    [Fact]
    public void Short_secret_is_refused_without_printing_it()
    {
        var shortSecret = Encoding.UTF8.GetBytes("too-short-secret-31-bytes-long!");
        shortSecret.Should().HaveCount(31);
        var act = () => new LinkageKeyDeriver(shortSecret);
        act.Should().Throw<ArgumentException>().Which.Message.Should().Contain("32 bytes").And.NotContain("too-short");
    }

    [Fact]
    public void Secret_is_copied_so_later_changes_to_the_callers_array_do_not_change_keys()
    {
        var secret = (byte[])Secret.Clone();
        var deriver = new LinkageKeyDeriver(secret);
        var person = new QuasiIdentifiers("Huber", "Eva", "1990-07-04", "F", "AT");
        var before = deriver.Derive(person);
        secret[0] ^= 0xFF;
        deriver.Derive(person).Should().Be(before);
    }
}
