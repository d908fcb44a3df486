using System.Buffers;
using System.Security.Cryptography;

namespace Stats.Etl.Channels;

/// <summary>Pushes into the inbox (the upload endpoint, the HTTP pull): written aside, then made ready in one rename.</summary>
public sealed partial class InboxFolder
{
    /// <summary>
    /// Streams <paramref name="content"/> into a <c>.part</c> file, refusing names that could escape or hide and bodies over
    /// <paramref name="maxBytes"/>; then renames it to its final name (suffixed on a clash) and writes its <c>.ready</c> marker.
    /// </summary>
    public async Task<InboxFile> AcceptAsync(string fileName, Stream content, long maxBytes, CancellationToken cancellationToken)
    {
        DeliveryFileName.Validate(fileName);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);

        // A random part name: two pushes of the same name cannot collide, and a part left by a crash never blocks a retry.
        var part = System.IO.Path.Combine(Path, $"{fileName}.{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}.part");
        long length = 0;
        byte[] sha256;
        var buffer = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var output = new FileStream(part, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.Asynchronous);
            await using (output.ConfigureAwait(false))
            {
                int read;
                while ((read = await content.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
                {
                    length += read;
                    if (length > maxBytes)
                    {
                        throw new DeliveryTooLargeException(fileName, maxBytes);
                    }

                    hash.AppendData(buffer, 0, read);
                    await output.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
                }

                await output.FlushAsync(cancellationToken).ConfigureAwait(false);
            }

            sha256 = hash.GetHashAndReset();
        }
        catch
        {
            File.Delete(part);
            throw;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        // Read before the marker: once it exists a scan may load the file and move it away at any moment, so nothing
        // after the marker may look at the file (an upload once answered 500 when it had gone).
        var writtenUtc = File.GetLastWriteTimeUtc(part);
        string target;
        try
        {
            target = UniquePath.MoveInto(part, Path, fileName, p => p + DeliveryFileName.ReadyMarker);
        }
        catch
        {
            File.Delete(part);
            throw;
        }

        await File.WriteAllBytesAsync(target + DeliveryFileName.ReadyMarker, [], CancellationToken.None).ConfigureAwait(false);
        return new InboxFile(target, System.IO.Path.GetFileName(target), length, new DateTimeOffset(writtenUtc, TimeSpan.Zero), Convert.ToHexStringLower(sha256));
    }
}
