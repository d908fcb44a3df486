using Stats.Catalog.Pulls;
using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Stats.Etl.Channels;

/// <summary>
/// The pull settings of one contract, section <c>Intake:Sources:&lt;contract-id&gt;:Pull</c>. Secrets (Password,
/// BearerToken, HeaderValue) come from environment variables or user secrets, never from files in the repository;
/// <see cref="ToString"/> never shows them.
/// </summary>
public sealed record PullSourceOptions
{
    public const string SectionPath = "Intake:Sources";
    public const int DefaultTimeoutSeconds = 100;
    public const long DefaultMaxBytes = 512L * 1024 * 1024;

    public required string ContractId { get; init; }
    public string? Url { get; init; }
    public string? Username { get; init; }
    public string? Password { get; init; }
    public string? BearerToken { get; init; }
    public string? HeaderName { get; init; }
    public string? HeaderValue { get; init; }
    public int TimeoutSeconds { get; init; } = DefaultTimeoutSeconds;
    public long MaxBytes { get; init; } = DefaultMaxBytes;
    public bool AllowInsecureHttp { get; init; }

    /// <summary>The configuration key of a setting, as errors name it.</summary>
    public string KeyOf(string setting) => $"{SectionPath}:{ContractId}:Pull:{setting}";

    /// <summary>Every contract with a Pull section under Intake:Sources, by contract id.</summary>
    public static IReadOnlyDictionary<string, PullSourceOptions> Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var result = new SortedDictionary<string, PullSourceOptions>(StringComparer.Ordinal);
        var errors = new List<string>();
        foreach (var source in configuration.GetSection(SectionPath).GetChildren())
        {
            var pull = source.GetSection("Pull");
            if (!pull.GetChildren().Any())
            {
                continue;
            }

            var options = new PullSourceOptions { ContractId = source.Key };
            result[source.Key] = options with
            {
                Url = Text(pull, "Url"),
                Username = Text(pull, "Username"),
                Password = Text(pull, "Password"),
                BearerToken = Text(pull, "BearerToken"),
                HeaderName = Text(pull, "HeaderName"),
                HeaderValue = Text(pull, "HeaderValue"),
                TimeoutSeconds = Number(pull, "TimeoutSeconds", options, DefaultTimeoutSeconds, errors, int.TryParse),
                MaxBytes = Number(pull, "MaxBytes", options, DefaultMaxBytes, errors, long.TryParse),
                AllowInsecureHttp = Flag(pull, "AllowInsecureHttp", options, errors),
            };
        }

        return errors.Count == 0 ? result : throw new PullConfigurationException(errors);
    }

    /// <summary>Throws <see cref="PullConfigurationException"/> listing every unusable setting by its key.</summary>
    public void Validate()
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(Url))
        {
            errors.Add($"{KeyOf("Url")}: missing.");
        }
        else if (!Uri.TryCreate(Url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            errors.Add($"{KeyOf("Url")}: must be an absolute http:// or https:// URL.");
        }
        else if (uri.UserInfo.Length > 0)
        {
            errors.Add($"{KeyOf("Url")}: must not carry credentials; set Username and Password instead.");
        }
        else if (uri.Scheme == Uri.UriSchemeHttp && !uri.IsLoopback && !AllowInsecureHttp)
        {
            errors.Add($"{KeyOf("Url")}: plain http is allowed only for loopback hosts; use https, or set {KeyOf("AllowInsecureHttp")}=true.");
        }

        var kinds = new List<string>();
        if (Username is not null || Password is not null)
        {
            kinds.Add("Username/Password");
            if (string.IsNullOrEmpty(Username) || Password is null)
            {
                errors.Add($"{KeyOf("Username")}/{KeyOf("Password")}: Basic credentials need both.");
            }
            else if (Username.Contains(':', StringComparison.Ordinal))
            {
                errors.Add($"{KeyOf("Username")}: must not contain ':'.");
            }
        }

        if (BearerToken is not null)
        {
            kinds.Add("BearerToken");
        }

        if (HeaderName is not null || HeaderValue is not null)
        {
            kinds.Add("HeaderName/HeaderValue");
            if (string.IsNullOrEmpty(HeaderName) || string.IsNullOrEmpty(HeaderValue))
            {
                errors.Add($"{KeyOf("HeaderName")}/{KeyOf("HeaderValue")}: a credential header needs both.");
            }
            else if (!HeaderName.All(c => c < 128 && (char.IsAsciiLetterOrDigit(c) || "!#$%&'*+-.^_`|~".Contains(c, StringComparison.Ordinal))))
            {
                errors.Add($"{KeyOf("HeaderName")}: '{HeaderName}' is not a valid HTTP header name.");
            }
        }

        if (kinds.Count > 1)
        {
            errors.Add($"{SectionPath}:{ContractId}:Pull: set at most one kind of credentials (found {string.Join(", ", kinds)}).");
        }

        if (TimeoutSeconds <= 0)
        {
            errors.Add($"{KeyOf("TimeoutSeconds")}: must be a positive number of seconds.");
        }

        if (MaxBytes <= 0)
        {
            errors.Add($"{KeyOf("MaxBytes")}: must be a positive number of bytes.");
        }

        if (errors.Count > 0)
        {
            throw new PullConfigurationException(errors);
        }
    }

    /// <summary>The request for the job, after <see cref="Validate"/>, carrying the last download's validators.</summary>
    public PullRequest ToRequest(PullValidators? previous)
    {
        Validate();
        PullCredentials? credentials = Username is not null ? PullCredentials.Basic(Username, Password!)
            : BearerToken is not null ? PullCredentials.Bearer(BearerToken)
            : HeaderName is not null ? PullCredentials.Header(HeaderName, HeaderValue!)
            : null;
        return new PullRequest(ContractId, new Uri(Url!, UriKind.Absolute), credentials, previous, MaxBytes, TimeSpan.FromSeconds(TimeoutSeconds));
    }

    public override string ToString()
    {
        var credentials = Username is not null ? $"Basic ({Username})" : BearerToken is not null ? "Bearer" : HeaderName is not null ? $"Header {HeaderName}" : "none";
        var url = Uri.TryCreate(Url, UriKind.Absolute, out var u) ? $"{u.Scheme}://{u.Authority}{u.AbsolutePath}" : "(invalid)";
        return string.Create(CultureInfo.InvariantCulture, $"Pull {ContractId} from {url}, credentials {credentials}, timeout {TimeoutSeconds} s, max {MaxBytes} bytes");
    }

    private static string? Text(IConfigurationSection section, string key) => section[key] is { Length: > 0 } value ? value : null;

    private delegate bool TryParse<T>(string? text, NumberStyles styles, IFormatProvider provider, out T value);

    private static T Number<T>(IConfigurationSection section, string key, PullSourceOptions options, T fallback, List<string> errors, TryParse<T> parse)
    {
        var text = Text(section, key);
        if (text is null)
        {
            return fallback;
        }

        if (parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        errors.Add($"{options.KeyOf(key)}: '{text}' is not a whole number.");
        return fallback;
    }

    private static bool Flag(IConfigurationSection section, string key, PullSourceOptions options, List<string> errors)
    {
        var text = Text(section, key);
        if (text is null)
        {
            return false;
        }

        if (bool.TryParse(text, out var value))
        {
            return value;
        }

        errors.Add($"{options.KeyOf(key)}: '{text}' is not true or false.");
        return false;
    }
}
