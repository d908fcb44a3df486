using System.Text.RegularExpressions;

namespace Stats.EndToEnd.Tests;

/// <summary>
/// Reads the rows of the first box-drawn table in a command's output, keyed by column header, so tests check what a
/// user sees rather than what the code holds. Lines that continue a wrapped row (first cell empty) are skipped.
/// </summary>
internal static partial class Issue3TableText
{
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Rows(string output)
    {
        var lines = Ansi().Replace(output, string.Empty).Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var top = lines.FindIndex(l => l.TrimStart().StartsWith('╭'));
        if (top < 0)
        {
            return [];
        }

        var header = Cells(lines[top + 1]);
        var rows = new List<IReadOnlyDictionary<string, string>>();
        foreach (var line in lines.Skip(top + 2).TakeWhile(l => !l.TrimStart().StartsWith('╰')))
        {
            if (!line.TrimStart().StartsWith('│'))
            {
                continue;
            }

            var cells = Cells(line);
            if (cells.Count == header.Count && cells[0].Length > 0)
            {
                rows.Add(header.Zip(cells).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal));
            }
        }

        return rows;
    }

    /// <summary>The code in a label such as "Female (F)"; "Total" is the total <c>_T</c>.</summary>
    public static string Code(string label)
    {
        if (label == "Total")
        {
            return "_T";
        }

        var open = label.LastIndexOf('(');
        return label.EndsWith(')') && open >= 0 ? label[(open + 1)..^1] : label;
    }

    /// <summary>A printed value as a number, null for ':' (not published).</summary>
    public static double? Number(string text) => text == ":"
        ? null
        : double.Parse(text.Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);

    // Colour (e.g. the "current" marker) reaches the captured output as ANSI escapes; a reader's eye ignores them.
    [GeneratedRegex("\u001b\\[[0-9;]*m")]
    private static partial Regex Ansi();

    private static List<string> Cells(string line)
    {
        var parts = line.Trim().Split('│');
        return parts.Skip(1).Take(parts.Length - 2).Select(p => p.Trim()).ToList();
    }
}
