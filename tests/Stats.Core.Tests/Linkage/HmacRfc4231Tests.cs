using System.Text;
using Stats.Core.Linkage;

namespace Stats.Core.Tests.Linkage;

/// <summary>RFC 4231 §4.2–4.8: the published HMAC-SHA256 test vectors.</summary>
public sealed class HmacRfc4231Tests
{
    public static TheoryData<string, string, string> Cases => new()
    {
        // case 1
        { string.Concat(Enumerable.Repeat("0b", 20)), Hex("Hi There"),
          "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7" },
        // case 2
        { Hex("Jefe"), Hex("what do ya want for nothing?"),
          "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843" },
        // case 3
        { string.Concat(Enumerable.Repeat("aa", 20)), string.Concat(Enumerable.Repeat("dd", 50)),
          "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe" },
        // case 4
        { "0102030405060708090a0b0c0d0e0f10111213141516171819", string.Concat(Enumerable.Repeat("cd", 50)),
          "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b" },
        // case 6: key longer than the block size
        { string.Concat(Enumerable.Repeat("aa", 131)), Hex("Test Using Larger Than Block-Size Key - Hash Key First"),
          "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54" },
        // case 7: key and data longer than the block size
        { string.Concat(Enumerable.Repeat("aa", 131)),
          Hex("This is a test using a larger than block-size key and a larger than block-size data. The key needs to be hashed before being used by the HMAC algorithm."),
          "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Hmac_matches_the_rfc_4231_vectors(string keyHex, string dataHex, string expectedHex) =>
        Convert.ToHexStringLower(LinkageKeyDeriver.Hmac(Convert.FromHexString(keyHex), Convert.FromHexString(dataHex)))
            .Should().Be(expectedHex);

    [Fact]
    public void Hmac_matches_rfc_4231_case_5_truncated_to_128_bits()
    {
        var key = Enumerable.Repeat((byte)0x0c, 20).ToArray();
        var mac = LinkageKeyDeriver.Hmac(key, Encoding.ASCII.GetBytes("Test With Truncation"));
        Convert.ToHexStringLower(mac.AsSpan(0, 16)).Should().Be("a3b6167473100ee06e0c796c2955552b");
    }

    private static string Hex(string ascii) => Convert.ToHexStringLower(Encoding.ASCII.GetBytes(ascii));
}
