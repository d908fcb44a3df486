namespace Stats.Warehouse.Sql;

/// <summary>
/// Reads SQL kept as files under one root. SQL never lives in C# strings when it is part of the model,
/// so a statistician can read and change it; C# only decides the order and binds parameters.
/// </summary>
public sealed class SqlFiles(string root)
{
    public string Root { get; } = Path.GetFullPath(root);

    public SqlFile Read(string relativePath)
    {
        var full = Path.Combine(Root, relativePath);
        if (!File.Exists(full))
        {
            throw new FileNotFoundException($"SQL file '{relativePath}' not found under '{Root}'.", full);
        }

        return new SqlFile(Path.GetFileNameWithoutExtension(full), relativePath, File.ReadAllText(full));
    }

    /// <summary>All files with the extension in a folder, in ordinal name order (numbered prefixes set the order).</summary>
    public IReadOnlyList<SqlFile> List(string folder, string extension = ".sql")
    {
        var dir = Path.Combine(Root, folder);
        if (!Directory.Exists(dir))
        {
            return [];
        }

        return Directory.EnumerateFiles(dir, "*" + extension)
            .Order(StringComparer.Ordinal)
            .Select(f => Read(Path.GetRelativePath(Root, f)))
            .ToList();
    }

    public string PathOf(string relativePath) => Path.Combine(Root, relativePath);
}
