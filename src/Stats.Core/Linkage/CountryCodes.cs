using System.Collections.Frozen;
using System.Globalization;

namespace Stats.Core.Linkage;

/// <summary>
/// ISO 3166 country codes: alpha-2 is kept (upper-cased), alpha-3 is mapped to alpha-2 through the regions the
/// runtime's ICU data knows, plus the few territories without a culture. Empty and "unknown" spellings give UNK.
/// </summary>
internal static class CountryCodes
{
    private static readonly FrozenSet<string> UnknownSpellings =
        new[] { string.Empty, "UNK", "XX", "XXX", "UNKNOWN", "UNBEKANNT", "N/A", "NA", "?" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly Lazy<FrozenDictionary<string, string>> Alpha3ToAlpha2 = new(Build);

    public static string Normalise(string raw)
    {
        var value = raw.Trim().ToUpperInvariant();
        if (UnknownSpellings.Contains(value))
        {
            return "UNK";
        }

        if (value.Length == 2 && char.IsAsciiLetterUpper(value[0]) && char.IsAsciiLetterUpper(value[1]))
        {
            return value;
        }

        if (value.Length == 3 && Alpha3ToAlpha2.Value.TryGetValue(value, out var alpha2))
        {
            return alpha2;
        }

        throw new FormatException(
            $"A country value shaped '{ValueShape.Of(value)}' is not an ISO 3166 alpha-2 or known alpha-3 code.");
    }

    private static FrozenDictionary<string, string> Build()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            // Kosovo and a few territories have no specific culture in ICU; the user-assigned XK is the usual code.
            ["XKX"] = "XK", ["RKS"] = "XK", ["ATA"] = "AQ", ["BVT"] = "BV", ["HMD"] = "HM", ["ATF"] = "TF", ["SGS"] = "GS",
            ["UMI"] = "UM", ["PCN"] = "PN", ["CXR"] = "CX", ["CCK"] = "CC", ["IOT"] = "IO", ["NFK"] = "NF", ["ESH"] = "EH",
        };
        foreach (var culture in CultureInfo.GetCultures(CultureTypes.SpecificCultures))
        {
            RegionInfo region;
            try
            {
                region = new RegionInfo(culture.Name);
            }
            catch (ArgumentException)
            {
                // Some specific cultures name no region (e.g. script-only variants); they add nothing to the table.
                continue;
            }

            if (region.TwoLetterISORegionName.Length == 2 && region.ThreeLetterISORegionName.Length == 3)
            {
                map.TryAdd(region.ThreeLetterISORegionName, region.TwoLetterISORegionName);
            }
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
