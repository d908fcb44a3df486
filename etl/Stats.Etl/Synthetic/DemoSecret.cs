using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Stats.Etl.Synthetic;

/// <summary>
/// The linkage secret of synthetic data: SHA-256 of "thb-demo-secret-v1:&lt;seed&gt;". A DEMO secret, public by
/// construction, so that anyone can re-derive the synthetic keys; a real national secret is random and kept by the
/// data controller.
/// </summary>
public static class DemoSecret
{
    public static byte[] For(int seed) =>
        SHA256.HashData(Encoding.UTF8.GetBytes("thb-demo-secret-v1:" + seed.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The secret-file text the pseudonymiser reads ("hex:" + 64 hex digits).</summary>
    public static string FileText(int seed) => "hex:" + Convert.ToHexStringLower(For(seed)) + "\n";
}
