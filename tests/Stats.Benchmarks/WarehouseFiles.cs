namespace Stats.Benchmarks;

/// <summary>Copies of the cached benchmark warehouse (the DuckDB file and its WAL, if any), so runs never change the cache.</summary>
internal static class WarehouseFiles
{
    /// <summary>Copies warehouse.duckdb* from <paramref name="source"/> into <paramref name="target"/>, which must exist.</summary>
    public static void Copy(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "warehouse.duckdb*"))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }
    }

    /// <summary>An empty &lt;folder&gt;.building (a leftover of an interrupted build is removed) holding a copy of the source warehouse.</summary>
    public static string FreshBuildingCopy(string source, string folder)
    {
        var building = folder + ".building";
        if (Directory.Exists(building))
        {
            Directory.Delete(building, recursive: true);
        }

        Directory.CreateDirectory(building);
        Copy(source, building);
        return building;
    }
}
