using System.Globalization;

namespace Stats.Etl.Channels;

/// <summary>
/// Which names the inbox accepts and which it leaves alone. Names come from uploads and agency servers, so anything
/// that could leave the folder or hide from the scan is refused before a byte is written.
/// </summary>
internal static class DeliveryFileName
{
    public const int MaxLength = 200;
    public const string ReadyMarker = ".ready";

    private static readonly string[] WorkSuffixes = [".part", ".tmp", ReadyMarker];

    /// <summary>A file the scan never returns: hidden, in-progress, a marker, or an editor's lock or backup file.</summary>
    public static bool IsIgnored(string name) =>
        name.StartsWith('.') || name.StartsWith('~') || name.EndsWith('~')
        || WorkSuffixes.Any(s => name.EndsWith(s, StringComparison.OrdinalIgnoreCase));

    /// <summary>Why the name cannot be accepted, or null when it can.</summary>
    public static string? Problem(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return "the file name is empty";
        }

        if (name.Length > MaxLength)
        {
            return string.Create(CultureInfo.InvariantCulture, $"the file name has {name.Length} characters (at most {MaxLength})");
        }

        if (name.Contains('/', StringComparison.Ordinal) || name.Contains('\\', StringComparison.Ordinal) || name.Contains(':', StringComparison.Ordinal))
        {
            return "the file name contains a path separator";
        }

        if (name.Contains("..", StringComparison.Ordinal))
        {
            return "the file name contains '..'";
        }

        if (name.Any(char.IsControl))
        {
            return "the file name contains a control character";
        }

        if (name != name.Trim())
        {
            return "the file name starts or ends with white space";
        }

        return IsIgnored(name) ? "the file name is hidden or reserved for work files (leading '.' or '~', trailing '~', .part, .tmp, .ready)" : null;
    }

    public static void Validate(string? name)
    {
        if (Problem(name) is { } problem)
        {
            throw new InvalidDeliveryNameException($"Refused delivery file name '{Printable(name)}': {problem}.", "fileName");
        }
    }

    /// <summary>The name with control characters escaped, so an error message cannot forge log lines.</summary>
    public static string Printable(string? name) =>
        name is null ? string.Empty : string.Concat(name.Take(MaxLength + 20).Select(c => char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString()));
}
