using System.Text;

namespace Stats.Hardening.Tests.Fuzz;

/// <summary>
/// How a fuzzed request carries its key, in every way the service accepts one (X-Api-Key, the Basic password, the
/// api_key parameter) and, for the bad-key role, in the ways it must refuse: an unknown key, a malformed Authorization
/// header, an empty one; now and then two different keys at once (400).
/// </summary>
internal static class FuzzCredentials
{
    public static string Add(FuzzRole role, IReadOnlyDictionary<FuzzRole, string> keys, List<KeyValuePair<string, string>> headers, string target, Random random)
    {
        if (role == FuzzRole.Anonymous)
        {
            return target;
        }

        var key = role == FuzzRole.BadKey ? BadKey(random) : keys[role];
        if (role == FuzzRole.BadKey && random.Next(4) == 0)
        {
            headers.Add(new("Authorization", FuzzLiterals.Pick(["Bearer x", "Basic !!!", "Basic " + Base64("no-colon"), "Basic", "Digest a=b", "Basic " + Base64("user:")], random)));
            return target;
        }

        if (role != FuzzRole.BadKey && random.Next(30) == 0)
        {
            // Two different keys: the service must refuse rather than guess which role was meant.
            headers.Add(new("X-Api-Key", key));
            return WithParameter(target, keys[FuzzRole.Public] == key ? keys[FuzzRole.Admin] : keys[FuzzRole.Public]);
        }

        switch (random.Next(10))
        {
            case < 5:
                headers.Add(new("X-Api-Key", key));
                return target;
            case < 8:
                headers.Add(new("Authorization", "Basic " + Base64("excel:" + key)));
                return target;
            default:
                return WithParameter(target, key);
        }
    }

    private static string WithParameter(string target, string key) =>
        target + (target.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "api_key=" + Uri.EscapeDataString(key);

    private static string BadKey(Random random)
    {
        var bytes = new byte[32];
        random.NextBytes(bytes);
        return FuzzLiterals.Pick(["stats_" + Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_'), "stats_", "x", new string('k', 500), "stats_é€"], random);
    }

    private static string Base64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));
}
