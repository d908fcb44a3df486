using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using MimeKit;

namespace Stats.Charts.Delivery;

/// <summary>
/// The outbox: every pack is also written as <c>&lt;root&gt;/&lt;month&gt;/&lt;pack&gt;/&lt;recipient&gt;/message.eml</c> plus its
/// files, whether or not it was sent. A folder is built under a temporary name and renamed into place, so a reader never
/// sees a half-written pack; a previous folder of the same month and recipient is replaced only once the new one is complete.
/// </summary>
public static partial class OutboxFolder
{
    public const string MessageFileName = "message.eml";

    /// <summary>Writes the folder and returns its full path.</summary>
    public static async Task<string> WriteAsync(
        string root, string packId, string month, string recipientSlug, MimeMessage message,
        IEnumerable<(string Name, byte[] Content)> files, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(files);
        Require(SegmentPattern().IsMatch(packId ?? ""), $"'{packId}' is not a pack id (lower-case letters, digits, '-', '_').", nameof(packId));
        Require(DateOnly.TryParseExact((month ?? "") + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            $"'{month}' is not a month (yyyy-MM).", nameof(month));
        Require(SegmentPattern().IsMatch(recipientSlug ?? "") && recipientSlug == Slug(recipientSlug!),
            $"'{recipientSlug}' is not a recipient slug: pass OutboxFolder.Slug(name).", nameof(recipientSlug));

        var parent = Path.Combine(Path.GetFullPath(root), month!, packId!);
        Directory.CreateDirectory(parent);
        var target = Path.Combine(parent, recipientSlug!);
        var staging = Path.Combine(parent, $".tmp-{recipientSlug}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        try
        {
            await WriteFileAsync(Path.Combine(staging, MessageFileName), stream => message.WriteToAsync(stream, cancellationToken), cancellationToken).ConfigureAwait(false);
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { MessageFileName };
            foreach (var (name, content) in files)
            {
                Require(IsPlainFileName(name) && names.Add(name), $"'{name}' is not a plain, unique file name for the outbox folder.", nameof(files));
                await WriteFileAsync(Path.Combine(staging, name), stream => stream.WriteAsync(content, cancellationToken).AsTask(), cancellationToken).ConfigureAwait(false);
            }

            Swap(staging, target, parent, recipientSlug!);
            return target;
        }
        catch
        {
            TryDelete(staging);
            throw;
        }
    }

    /// <summary>
    /// A folder name from a recipient's name: lower-case ASCII letters and digits joined by '-', accents dropped
    /// ("Ministry of Interior / Minister's office" → "ministry-of-interior-ministers-office"); "recipient" when nothing is left.
    /// </summary>
    public static string Slug(string name)
    {
        var builder = new StringBuilder();
        foreach (var c in (name ?? "").Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (c is '\'' or '’' || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                // An apostrophe or an accent is part of the word it sits in.
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var slug = builder.ToString().Trim('-');
        slug = slug.Length > 80 ? slug[..80].TrimEnd('-') : slug;
        return slug.Length == 0 ? "recipient" : slug;
    }

    /// <summary>
    /// Moves the old folder aside, the new one in, then deletes the old one. Between the two renames the folder is briefly
    /// absent (.NET has no atomic directory exchange); it is never half-written. If the second rename fails the old one returns.
    /// </summary>
    private static void Swap(string staging, string target, string parent, string slug)
    {
        string? previous = null;
        if (Directory.Exists(target))
        {
            previous = Path.Combine(parent, $".old-{slug}-{Guid.NewGuid():N}");
            Directory.Move(target, previous);
        }

        try
        {
            Directory.Move(staging, target);
        }
        catch when (previous is not null)
        {
            Directory.Move(previous, target);
            throw;
        }

        if (previous is not null)
        {
            TryDelete(previous);
        }
    }

    private static async Task WriteFileAsync(string path, Func<Stream, Task> write, CancellationToken cancellationToken)
    {
        var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true);
        await using (stream.ConfigureAwait(false))
        {
            await write(stream).ConfigureAwait(false);
            await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
            // On disk before the rename makes the folder visible: a crash must not leave a complete-looking empty file.
            stream.Flush(flushToDisk: true);
        }
    }

    private static bool IsPlainFileName(string name) =>
        !string.IsNullOrWhiteSpace(name) && name == Path.GetFileName(name) && name is not "." and not ".."
        && name.IndexOfAny(Path.GetInvalidFileNameChars()) < 0 && !name.Contains('\\', StringComparison.Ordinal) && !name.StartsWith('.');

    private static void Require(bool condition, string message, string parameter)
    {
        if (!condition)
        {
            throw new ArgumentException(message, parameter);
        }
    }

    private static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // Left behind as a dot-folder; it is never mistaken for a pack and the next write does not depend on it.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]{0,99}$", RegexOptions.CultureInvariant)]
    private static partial Regex SegmentPattern();
}
