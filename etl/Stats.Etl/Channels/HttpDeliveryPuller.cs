using Stats.Catalog.Pulls;
using System.Globalization;
using System.Net;

namespace Stats.Etl.Channels;

/// <summary>
/// Fetches one contract's delivery from the agency's HTTP endpoint into its inbox, conditionally (If-None-Match,
/// If-Modified-Since), so an unchanged file costs one 304 and is never loaded twice. Failures are outcomes, not
/// exceptions, classified transient or not for the scheduler's retry; only the caller's cancellation throws.
/// </summary>
public sealed class HttpDeliveryPuller(HttpClient http, TimeProvider time)
{
    public async Task<PullOutcome> PullAsync(PullRequest request, InboxFolder inbox, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(inbox);
        if (!request.Url.IsAbsoluteUri || (request.Url.Scheme != Uri.UriSchemeHttp && request.Url.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException($"Pull URL for contract '{request.ContractId}' must be absolute http(s).", nameof(request));
        }

        using var timeout = request.Timeout is { } limit ? new CancellationTokenSource(limit, time) : new CancellationTokenSource();
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        var where = $"Pull for contract '{request.ContractId}' from {request.SafeUrl}";
        try
        {
            using var message = BuildRequest(request);
            using var response = await http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, linked.Token).ConfigureAwait(false);
            return response.StatusCode switch
            {
                HttpStatusCode.NotModified => new PullOutcome.NotModified(),
                HttpStatusCode.OK => await DownloadAsync(request, inbox, response, where, linked.Token).ConfigureAwait(false),
                _ => StatusFailure(response, where),
            };
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (OperationCanceledException)
        {
            // Not the caller's token: HttpClient.Timeout or the request's own time limit ran out.
            return new PullOutcome.Failed(null, Transient: true, $"{where} timed out.", null);
        }
        catch (HttpRequestException ex) when (ex.StatusCode is null)
        {
            return new PullOutcome.Failed(null, Transient: true, $"{where} failed on the network ({ex.HttpRequestError}): {Scrub(ex.Message, request)}", null);
        }
        catch (IOException ex) when (ex is not DeliveryTooLargeException)
        {
            // The connection broke while the body streamed; the part file is already gone.
            return new PullOutcome.Failed(null, Transient: true, $"{where} broke off while downloading: {Scrub(ex.Message, request)}", null);
        }
    }

    private static HttpRequestMessage BuildRequest(PullRequest request)
    {
        var message = new HttpRequestMessage(HttpMethod.Get, request.Url);
        request.Credentials?.Apply(message);
        if (request.Previous?.ETag is { Length: > 0 } etag)
        {
            message.Headers.TryAddWithoutValidation("If-None-Match", etag);
        }

        if (request.Previous?.LastModified is { } lastModified)
        {
            message.Headers.IfModifiedSince = lastModified;
        }

        return message;
    }

    private async Task<PullOutcome> DownloadAsync(PullRequest request, InboxFolder inbox, HttpResponseMessage response, string where, CancellationToken cancellationToken)
    {
        if (response.Content.Headers.ContentLength is { } declared && declared > request.MaxBytes)
        {
            return TooLarge(where, request.MaxBytes);
        }

        var fileName = FileNameFor(request, inbox, response);
        var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (body.ConfigureAwait(false))
        {
            try
            {
                var file = await inbox.AcceptAsync(fileName, body, request.MaxBytes, cancellationToken).ConfigureAwait(false);
                var validators = new PullValidators(response.Headers.ETag?.ToString(), response.Content.Headers.LastModified);
                return new PullOutcome.Downloaded(file, validators);
            }
            catch (DeliveryTooLargeException)
            {
                return TooLarge(where, request.MaxBytes);
            }
        }
    }

    /// <summary>
    /// The server's name (Content-Disposition, else the URL's last segment) when it is a safe name matching the contract's
    /// pattern; otherwise the pattern with its <c>*</c> replaced by the UTC time, so intake never rejects a pull for its name.
    /// </summary>
    private string FileNameFor(PullRequest request, InboxFolder inbox, HttpResponseMessage response)
    {
        var disposition = response.Content.Headers.ContentDisposition;
        var offered = (disposition?.FileNameStar ?? disposition?.FileName)?.Trim('"', ' ');
        if (string.IsNullOrEmpty(offered))
        {
            offered = Uri.UnescapeDataString(request.Url.Segments[^1].TrimEnd('/'));
        }

        var glob = new FileNameGlob(inbox.Contract.Format.FileNamePattern);
        if (DeliveryFileName.Problem(offered) is null && glob.IsMatch(offered))
        {
            return offered;
        }

        var stamp = time.GetUtcNow().UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        return glob.NameFor(stamp, $"{request.ContractId}_{stamp}");
    }

    private PullOutcome StatusFailure(HttpResponseMessage response, string where)
    {
        var code = (int)response.StatusCode;
        var transient = code is 408 or 429 || code >= 500;
        TimeSpan? retryAfter = null;
        if (response.Headers.RetryAfter is { } header)
        {
            retryAfter = header.Delta ?? (header.Date is { } date ? date - time.GetUtcNow() : null);
            retryAfter = retryAfter < TimeSpan.Zero ? TimeSpan.Zero : retryAfter;
        }

        var why = code switch
        {
            401 or 403 => " (credentials refused: check the configured credentials)",
            404 or 410 => " (no delivery at this address: check the configured URL)",
            _ => string.Empty,
        };
        var message = string.Create(CultureInfo.InvariantCulture, $"{where} answered HTTP {code} {response.ReasonPhrase}{why}.");
        return new PullOutcome.Failed(code, transient, message, retryAfter);
    }

    private static PullOutcome.Failed TooLarge(string where, long maxBytes) =>
        new(200, Transient: false, string.Create(CultureInfo.InvariantCulture, $"{where} refused: the delivery is too large (over {maxBytes} bytes); nothing was kept."), null);

    /// <summary>Exception texts can quote the request; keep the query string and the secrets out of the outcome.</summary>
    private static string Scrub(string text, PullRequest request)
    {
        var scrubbed = text.Replace(request.Url.OriginalString, request.SafeUrl, StringComparison.Ordinal);
        if (request.Url.Query.Length > 1)
        {
            scrubbed = scrubbed.Replace(request.Url.Query, "?…", StringComparison.Ordinal);
        }

        foreach (var secret in request.Credentials?.Secrets() ?? [])
        {
            scrubbed = scrubbed.Replace(secret, "***", StringComparison.Ordinal);
        }

        return scrubbed;
    }
}
