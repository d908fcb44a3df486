using Stats.Warehouse.OData;

namespace Stats.Hardening.Tests.Fuzz;

/// <summary>
/// Request paths around a set: key and property segments, $count, $value, $ref, other vintages by route and by
/// parameter, unknown and mis-cased sets, OData's other resources ($batch, $entity, $all, $crossjoin), dot segments,
/// encoded slashes and NULs, doubled and trailing slashes.
/// </summary>
internal static class PathVariants
{
    private static readonly string[] Vintages = ["1", "0", "2", "999", "-1", "x", "1.0", "001", "99999999999999", "%31", ""];

    public static (string Label, string Path) Make(FlatEntitySet set, Random random)
    {
        var property = set.Properties[random.Next(set.Properties.Count)].Name;
        var vintage = FuzzLiterals.Pick(Vintages, random);
        return random.Next(30) switch
        {
            0 => (set.Name, $"/odata/{set.Name}('{FuzzLiterals.Pick(["A", "x", "", "''"], random)}')"),
            1 => (set.Name, $"/odata/{set.Name}({FuzzLiterals.Pick(["1", "-1", "CellKey='x'", "Year=2025,Code='x'", "", "null"], random)})"),
            2 => (set.Name, $"/odata/{set.Name}/$count"),
            3 => (set.Name, $"/odata/{set.Name}/$count/$value"),
            4 => (set.Name, $"/odata/{set.Name}/{property}"),
            5 => (set.Name, $"/odata/{set.Name}/{property}/$value"),
            6 => (set.Name, $"/odata/{set.Name}/$ref"),
            7 => (set.Name, $"/odata/{set.Name}/"),
            8 => (set.Name, $"/odata//{set.Name}"),
            9 => (set.Name, $"/odata/{set.Name.ToLowerInvariant()}"),
            10 => (set.Name, $"/odata/{set.Name.ToUpperInvariant()}"),
            11 => ("(unknown set)", $"/odata/{FuzzLiterals.Pick(["NoSuchSet", "Indicator_X99", "Fact_", "%E2%82%AC", "ind_cell", "duckdb_settings()", "Indicators,Codes"], random)}"),
            12 => ("(metadata)", FuzzLiterals.Pick(["/odata/$metadata", "/odata/$metadata#Indicators", "/odata/$METADATA", "/odata/vintage/1/$metadata"], random)),
            13 => ("(service)", FuzzLiterals.Pick(["/odata", "/odata/", "/ODATA/", "/odata/vintage/1", "/odata/vintage/1/"], random)),
            14 => ("(other resource)", FuzzLiterals.Pick(["/odata/$batch", "/odata/$entity", "/odata/$all", $"/odata/$crossjoin({set.Name},Codes)", "/odata/$search"], random)),
            15 or 16 or 17 => (set.Name, $"/odata/vintage/{vintage}/{set.Name}"),
            18 => (set.Name, $"/odata/vintage/{vintage}/{set.Name}/$count"),
            19 => ("(metadata)", $"/odata/vintage/{vintage}/$metadata"),
            20 => (set.Name, $"/odata/{set.Name}%00"),
            21 => (set.Name, $"/odata/{set.Name}%2F..%2F..%2Fetc%2Fpasswd"),
            22 => (set.Name, $"/odata/../odata/{set.Name}"),
            23 => (set.Name, $"/odata/./{set.Name}"),
            24 => (set.Name, $"/odata/{set.Name};x=1"),
            25 => (set.Name, $"/odata/{set.Name}/$filter(Year eq 2025)"),
            26 => (set.Name, $"/odata/{set.Name}/$each"),
            27 => (set.Name, $"/odata/Stats.{set.Name}"),
            28 => (set.Name, $"/odata/{set.Name}/$count/$count"),
            _ => (set.Name, $"/odata/{Uri.EscapeDataString(set.Name).Replace("_", "%5F", StringComparison.Ordinal)}"),
        };
    }
}
