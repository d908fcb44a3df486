using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Stats.Etl.Contracts;

namespace Stats.Etl.Channels;

/// <summary>
/// One contract's inbox, <c>&lt;inboxRoot&gt;/&lt;contract-id&gt;/</c>, with <c>archive/</c> and <c>rejected/</c>.
/// A file is ready when a <c>&lt;name&gt;.ready</c> marker sits next to it, or when this instance saw it with the same
/// size and write time at least <see cref="StableFor"/> ago: agencies copying over SMB or SFTP rarely write markers,
/// and a half-written file must never be loaded. Observations live in memory, so after a restart a file is first
/// observed again. Scans are meant to run one at a time (the intake job does not run concurrently with itself).
/// </summary>
public sealed partial class InboxFolder
{
    public const string FileNamePatternReason = "file_name_pattern";

    private readonly TimeProvider _time;
    private readonly FileNameGlob _glob;
    private readonly Dictionary<string, Observation> _seen = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public InboxFolder(string inboxRoot, SourceContract contract, TimeProvider time, TimeSpan? stableFor = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(inboxRoot);
        ArgumentNullException.ThrowIfNull(contract);
        ArgumentNullException.ThrowIfNull(time);
        if (DeliveryFileName.Problem(contract.Id) is not null)
        {
            throw new ArgumentException($"Contract id '{DeliveryFileName.Printable(contract.Id)}' cannot name an inbox folder.", nameof(contract));
        }

        Contract = contract;
        _time = time;
        _glob = new FileNameGlob(contract.Format.FileNamePattern);
        StableFor = stableFor ?? TimeSpan.FromSeconds(10);
        Path = System.IO.Path.GetFullPath(System.IO.Path.Combine(inboxRoot, contract.Id));
        ArchivePath = System.IO.Path.Combine(Path, "archive");
        RejectedPath = System.IO.Path.Combine(Path, "rejected");
        Directory.CreateDirectory(ArchivePath);
        Directory.CreateDirectory(RejectedPath);
    }

    public SourceContract Contract { get; }
    public string Path { get; }
    public string ArchivePath { get; }
    public string RejectedPath { get; }
    public TimeSpan StableFor { get; }

    /// <summary>The files ready to load, oldest first; ready files whose name breaks the contract's pattern are rejected instead.</summary>
    public async Task<IReadOnlyList<InboxFile>> ScanAsync(CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var ready = new List<InboxFile>();
        var present = new HashSet<string>(StringComparer.Ordinal);
        foreach (var info in new DirectoryInfo(Path).EnumerateFiles())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (DeliveryFileName.IsIgnored(info.Name) || (info.Attributes & FileAttributes.Hidden) != 0)
            {
                continue;
            }

            present.Add(info.Name);
            var file = new InboxFile(info.FullName, info.Name, info.Length, new DateTimeOffset(info.LastWriteTimeUtc, TimeSpan.Zero));
            if (IsReady(file, now))
            {
                ready.Add(file);
            }
        }

        lock (_gate)
        {
            foreach (var gone in _seen.Keys.Where(k => !present.Contains(k)).ToList())
            {
                _seen.Remove(gone);
            }
        }

        var result = new List<InboxFile>();
        foreach (var file in ready.OrderBy(f => f.LastWriteUtc).ThenBy(f => f.FileName, StringComparer.Ordinal))
        {
            if (_glob.IsMatch(file.FileName))
            {
                result.Add(file);
                continue;
            }

            // Rejected once ready rather than at first sight, so a misnamed file is never moved while still being
            // written and the hash in its reason file is the hash of the whole file.
            try
            {
                await RejectAsync(file, FileNamePatternReason, $"The file name does not match the contract's pattern '{_glob.Pattern}'.", cancellationToken).ConfigureAwait(false);
            }
            catch (IOException)
            {
                // Removed or locked by its sender since the listing: the next scan sees it again.
            }
        }

        return result;
    }

    /// <summary>Moves a loaded file into <c>archive/&lt;yyyy&gt;/&lt;MM&gt;/</c> and returns its new path.</summary>
    public Task<string> ArchiveAsync(InboxFile file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        cancellationToken.ThrowIfCancellationRequested();
        var now = _time.GetUtcNow();
        var folder = System.IO.Path.Combine(ArchivePath, now.ToString("yyyy", CultureInfo.InvariantCulture), now.ToString("MM", CultureInfo.InvariantCulture));
        var target = UniquePath.MoveInto(OwnPath(file), folder, file.FileName);
        Forget(file);
        return Task.FromResult(target);
    }

    /// <summary>Moves a file into <c>rejected/</c> with a <c>&lt;name&gt;.reason.txt</c> beside it; returns the file's new path.</summary>
    public async Task<string> RejectAsync(InboxFile file, string reasonCode, string message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentException.ThrowIfNullOrWhiteSpace(reasonCode);
        var target = UniquePath.MoveInto(OwnPath(file), RejectedPath, file.FileName, ReasonPath);
        Forget(file);
        var sha256 = file.Sha256 ?? await HashAsync(target, cancellationToken).ConfigureAwait(false);
        var reason = new StringBuilder()
            .Append("reason: ").Append(OneLine(reasonCode)).Append('\n')
            .Append("message: ").Append(OneLine(message)).Append('\n')
            .Append("rejected_at: ").Append(_time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)).Append('\n')
            .Append("sha256: ").Append(sha256).Append('\n')
            .Append("contract: ").Append(Contract.Id).Append('\n')
            .Append("file: ").Append(file.FileName).Append('\n')
            .ToString();
        await File.WriteAllTextAsync(ReasonPath(target), reason, new UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
        return target;
    }

    public static string ReasonPath(string rejectedFile) => rejectedFile + ".reason.txt";

    private bool IsReady(InboxFile file, DateTimeOffset now)
    {
        if (File.Exists(file.FullPath + DeliveryFileName.ReadyMarker))
        {
            return true;
        }

        lock (_gate)
        {
            if (_seen.TryGetValue(file.FileName, out var earlier) && earlier.Length == file.Length && earlier.LastWriteUtc == file.LastWriteUtc)
            {
                return now - earlier.Since >= StableFor;
            }

            _seen[file.FileName] = new Observation(file.Length, file.LastWriteUtc, now);
            return false;
        }
    }

    private void Forget(InboxFile file)
    {
        var marker = System.IO.Path.Combine(Path, file.FileName + DeliveryFileName.ReadyMarker);
        File.Delete(marker);
        lock (_gate)
        {
            _seen.Remove(file.FileName);
        }
    }

    /// <summary>Only files directly in this inbox may be moved, whatever path the caller's record carries.</summary>
    private string OwnPath(InboxFile file)
    {
        if (string.IsNullOrEmpty(file.FileName) || file.FileName is "." or ".." || System.IO.Path.GetFileName(file.FileName) != file.FileName)
        {
            throw new ArgumentException($"'{DeliveryFileName.Printable(file.FileName)}' is not a plain file name.", nameof(file));
        }

        var path = System.IO.Path.Combine(Path, file.FileName);
        return File.Exists(path) ? path : throw new FileNotFoundException($"'{file.FileName}' is not in the inbox of contract '{Contract.Id}'.", path);
    }

    private static async Task<string> HashAsync(string path, CancellationToken cancellationToken)
    {
        var stream = File.OpenRead(path);
        await using (stream.ConfigureAwait(false))
        {
            return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken).ConfigureAwait(false));
        }
    }

    private static string OneLine(string? text) => (text ?? string.Empty).ReplaceLineEndings(" ");

    private sealed record Observation(long Length, DateTimeOffset LastWriteUtc, DateTimeOffset Since);
}
