using System.Text;

namespace Stats.Hardening.Tests.Corpus;

/// <summary>
/// Reads every cell of the CSV files of an export folder (RFC 4180 quoting, comma or semicolon as the header line
/// shows), so that the test can look at each one as a spreadsheet would.
/// </summary>
internal static class ExportCells
{
    public static IEnumerable<(string File, string Cell)> Of(string folder)
    {
        foreach (var file in Directory.EnumerateFiles(folder, "*.csv", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(file, Encoding.UTF8).TrimStart('\uFEFF');
            var firstLine = text.Split('\n', 2)[0];
            var delimiter = firstLine.Count(c => c == ';') > firstLine.Count(c => c == ',') ? ';' : ',';
            foreach (var cell in Cells(text, delimiter))
            {
                yield return (Path.GetRelativePath(folder, file), cell);
            }
        }
    }

    private static IEnumerable<string> Cells(string text, char delimiter)
    {
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"' && cell.Length == 0)
            {
                quoted = true;
            }
            else if (c == delimiter || c == '\n')
            {
                yield return cell.ToString().TrimEnd('\r');
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        if (cell.Length > 0)
        {
            yield return cell.ToString();
        }
    }
}
