namespace Stats.Api.Intake;

/// <summary>
/// The file part of a multipart upload, read through MultipartReader, which reports a body that ends before its closing
/// boundary (a truncated or hand-made request) as an IOException, the type a failing disk would throw too. Here it can only
/// be the request's fault, so it becomes <see cref="InvalidDataException"/>, answered 400 "BadMultipartBody" rather than
/// 500. A request the client abandoned keeps its IOException (its cancellation is what the endpoint looks at).
/// </summary>
internal sealed class MultipartSectionStream(Stream section) : ForwardReadStream
{
    public const string Truncated = "the body ends before the closing boundary of its parts.";

    /// <summary>Runs a read of the multipart reader (a section body, the next section), with its truncation as a bad request.</summary>
    public static async Task<T> ReadingAsync<T>(Func<Task<T>> read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(read);
        try
        {
            return await read().ConfigureAwait(false);
        }
        catch (IOException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new InvalidDataException(Truncated, e);
        }
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        await ReadingAsync(() => section.ReadAsync(buffer, cancellationToken).AsTask(), cancellationToken).ConfigureAwait(false);
}
