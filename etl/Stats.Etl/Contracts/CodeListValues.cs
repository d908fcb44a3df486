using Stats.Core.CodeLists;

namespace Stats.Etl.Contracts;

/// <summary>
/// The codes of each code list as seeded (sql/seeds/&lt;name&gt;.csv, first column), so that a code map pointing at
/// a code that does not exist is caught when the contract is read rather than on every row.
/// </summary>
internal sealed class CodeListValues(string seedsDirectory)
{
    private readonly Dictionary<string, HashSet<string>> _cache = new(StringComparer.Ordinal);

    public static CodeListValues? FindDefault()
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "sql", "seeds");
        return Directory.Exists(dir) ? new CodeListValues(dir) : null;
    }

    /// <summary>True when the code exists; null when the seed file is not there to tell.</summary>
    public bool? Contains(string codeListName, string code)
    {
        if (!_cache.TryGetValue(codeListName, out var codes))
        {
            var path = Path.Combine(seedsDirectory, CodeListCatalog.Get(codeListName).SeedFile);
            if (!File.Exists(path))
            {
                return null;
            }

            codes = new HashSet<string>(File.ReadLines(path).Skip(1).Select(FirstField).Where(c => c.Length > 0), StringComparer.Ordinal);
            _cache[codeListName] = codes;
        }

        return codes.Contains(code);
    }

    private static string FirstField(string line)
    {
        if (line.StartsWith('"'))
        {
            var end = line.IndexOf('"', 1);
            return end > 0 ? line[1..end] : line.Trim('"');
        }

        var comma = line.IndexOf(',', StringComparison.Ordinal);
        return (comma < 0 ? line : line[..comma]).Trim();
    }
}
