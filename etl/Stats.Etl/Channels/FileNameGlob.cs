using System.Text;
using System.Text.RegularExpressions;

namespace Stats.Etl.Channels;

/// <summary>
/// The contract's <c>format.fileNamePattern</c>: <c>*</c> any run of characters, <c>?</c> one character, matched
/// against the whole name, case-insensitively (agencies' systems differ on <c>.CSV</c> versus <c>.csv</c>).
/// No pattern accepts every name.
/// </summary>
internal sealed class FileNameGlob
{
    private readonly Regex? _regex;

    public FileNameGlob(string? pattern)
    {
        Pattern = string.IsNullOrWhiteSpace(pattern) ? null : pattern;
        if (Pattern is not null)
        {
            var regex = new StringBuilder("^");
            foreach (var c in Pattern)
            {
                regex.Append(c switch { '*' => ".*", '?' => ".", _ => Regex.Escape(c.ToString()) });
            }

            _regex = new Regex(regex.Append('$').ToString(), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline);
        }
    }

    public string? Pattern { get; }

    public bool IsMatch(string fileName) => _regex?.IsMatch(fileName) ?? true;

    /// <summary>A name that matches the pattern: the first <c>*</c> becomes the stamp, further wildcards are filled in.</summary>
    public string NameFor(string stamp, string fallbackName)
    {
        if (Pattern is null)
        {
            return fallbackName;
        }

        var first = Pattern.IndexOf('*', StringComparison.Ordinal);
        var name = first < 0 ? Pattern : Pattern[..first] + stamp + Pattern[(first + 1)..];
        return name.Replace("*", string.Empty, StringComparison.Ordinal).Replace('?', '0');
    }
}
