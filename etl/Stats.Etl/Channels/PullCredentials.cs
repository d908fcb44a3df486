using System.Net.Http.Headers;
using System.Text;

namespace Stats.Etl.Channels;

/// <summary>
/// How the puller authenticates: HTTP Basic, a bearer token, or a named header such as X-Api-Key. A class rather than
/// a record so that no generated ToString ever prints a secret into a log.
/// </summary>
public sealed class PullCredentials
{
    private readonly string _name;
    private readonly string _value;

    private PullCredentials(PullCredentialKind kind, string name, string value)
    {
        Kind = kind;
        _name = name;
        _value = value;
    }

    public PullCredentialKind Kind { get; }

    public static PullCredentials Basic(string user, string password)
    {
        ArgumentException.ThrowIfNullOrEmpty(user);
        ArgumentNullException.ThrowIfNull(password);
        return user.Contains(':', StringComparison.Ordinal)
            ? throw new ArgumentException("A Basic user name cannot contain ':'.", nameof(user))
            : new PullCredentials(PullCredentialKind.Basic, user, password);
    }

    public static PullCredentials Bearer(string token)
    {
        ArgumentException.ThrowIfNullOrEmpty(token);
        return new PullCredentials(PullCredentialKind.Bearer, "Authorization", token);
    }

    public static PullCredentials Header(string name, string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentException.ThrowIfNullOrEmpty(value);
        return new PullCredentials(PullCredentialKind.Header, name, value);
    }

    public override string ToString() => Kind switch
    {
        PullCredentialKind.Basic => $"Basic ({_name}, password hidden)",
        PullCredentialKind.Header => $"Header {_name} (value hidden)",
        _ => "Bearer (token hidden)",
    };

    internal void Apply(HttpRequestMessage request)
    {
        switch (Kind)
        {
            case PullCredentialKind.Basic:
                request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{_name}:{_value}")));
                break;
            case PullCredentialKind.Bearer:
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _value);
                break;
            default:
                request.Headers.Remove(_name);
                if (!request.Headers.TryAddWithoutValidation(_name, _value))
                {
                    throw new InvalidOperationException($"'{_name}' cannot be sent as a request header.");
                }

                break;
        }
    }

    /// <summary>The secret parts, so messages built from exception texts can be scrubbed of them.</summary>
    internal IEnumerable<string> Secrets()
    {
        yield return _value;
        if (Kind == PullCredentialKind.Basic)
        {
            yield return Convert.ToBase64String(Encoding.UTF8.GetBytes($"{_name}:{_value}"));
        }
    }
}
