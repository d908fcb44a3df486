using System.Globalization;

namespace Stats.Etl.Channels;

/// <summary>Moves a file into a folder without ever overwriting: on a clash the name gets -1, -2 … before its extension.</summary>
internal static class UniquePath
{
    public static string Candidate(string folder, string fileName, int attempt)
    {
        if (attempt == 0)
        {
            return Path.Combine(folder, fileName);
        }

        var extension = Path.GetExtension(fileName);
        var stem = fileName[..^extension.Length];
        return Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"{stem}-{attempt}{extension}"));
    }

    /// <summary>Moves <paramref name="source"/>; <paramref name="alsoFree"/> names a companion file that must not exist either.</summary>
    public static string MoveInto(string source, string folder, string fileName, Func<string, string>? alsoFree = null)
    {
        Directory.CreateDirectory(folder);
        for (var attempt = 0; ; attempt++)
        {
            var target = Candidate(folder, fileName, attempt);
            if (File.Exists(target) || Directory.Exists(target) || (alsoFree is not null && File.Exists(alsoFree(target))))
            {
                continue;
            }

            try
            {
                // overwrite: false makes the move itself fail on a name taken between the check and the move.
                File.Move(source, target, overwrite: false);
                return target;
            }
            catch (IOException) when (File.Exists(target) && File.Exists(source))
            {
            }
        }
    }
}
