using Stats.Catalog.Pulls;
using Microsoft.Extensions.Configuration;
using Stats.Etl.Channels;

namespace Stats.Etl.Tests.Channels;

public sealed class PullSourceOptionsTests
{
    private static IConfiguration Config(params (string Key, string? Value)[] pairs) =>
        new ConfigurationBuilder().AddInMemoryCollection(pairs.Select(p => new KeyValuePair<string, string?>(p.Key, p.Value))).Build();

    private static PullConfigurationException Invalid(params (string Key, string? Value)[] pairs)
    {
        var options = PullSourceOptions.Read(Config(pairs)).Values.Single();
        var act = options.Validate;
        return act.Should().Throw<PullConfigurationException>().Which;
    }

    [Fact]
    public void Reads_every_source_with_a_pull_section_with_defaults_and_builds_its_request()
    {
        var all = PullSourceOptions.Read(Config(
            ("Intake:Sources:police-victims:Pull:Url", "https://exports.police.example/thb/victims.csv?tenant=7"),
            ("Intake:Sources:police-victims:Pull:Username", "warehouse"),
            ("Intake:Sources:police-victims:Pull:Password", "pw-secret"),
            ("Intake:Sources:courts-decisions:Pull:Url", "http://127.0.0.1:8080/courts"),
            ("Intake:Sources:courts-decisions:Pull:TimeoutSeconds", "30"),
            ("Intake:Sources:courts-decisions:Pull:MaxBytes", "1048576"),
            ("Intake:Sources:ngo-htcds:Inbox", "only an inbox, no pull")));

        all.Keys.Should().Equal("courts-decisions", "police-victims");
        var police = all["police-victims"];
        police.TimeoutSeconds.Should().Be(100);
        police.MaxBytes.Should().Be(536_870_912);
        var request = police.ToRequest(new PullValidators("\"e1\"", null));
        request.Url.Should().Be(new Uri("https://exports.police.example/thb/victims.csv?tenant=7"));
        request.Credentials!.Kind.Should().Be(PullCredentialKind.Basic);
        request.Timeout.Should().Be(TimeSpan.FromSeconds(100));
        request.Previous!.ETag.Should().Be("\"e1\"");
        request.ToString().Should().NotContain("tenant=7").And.NotContain("pw-secret");
        police.ToString().Should().NotContain("pw-secret");
        var courts = all["courts-decisions"].ToRequest(null);
        courts.Should().Match<PullRequest>(r => r.Credentials == null && r.MaxBytes == 1_048_576 && r.Timeout == TimeSpan.FromSeconds(30));
    }

    [Fact]
    public void The_password_can_come_from_an_environment_variable_with_the_documented_name()
    {
        const string variable = "STATS_Intake__Sources__env-test-source__Pull__Password";
        Environment.SetEnvironmentVariable(variable, "from-env");
        try
        {
            var configuration = new ConfigurationBuilder()
                .AddInMemoryCollection([new("Intake:Sources:env-test-source:Pull:Url", "https://agency.example/x"), new("Intake:Sources:env-test-source:Pull:Username", "u")])
                .AddEnvironmentVariables("STATS_")
                .Build();

            PullSourceOptions.Read(configuration)["env-test-source"].Password.Should().Be("from-env");
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }

    [Fact]
    public void Unparsable_numbers_fail_when_read_naming_the_key()
    {
        var act = () => PullSourceOptions.Read(Config(("Intake:Sources:police-victims:Pull:Url", "https://a.example/"), ("Intake:Sources:police-victims:Pull:TimeoutSeconds", "ten")));

        act.Should().Throw<PullConfigurationException>().WithMessage("*Intake:Sources:police-victims:Pull:TimeoutSeconds: 'ten' is not a whole number*");
    }

    [Theory]
    [InlineData("police/victims.csv", "*Intake:Sources:police-victims:Pull:Url: must be an absolute http:// or https:// URL*")]
    [InlineData("ftp://agency.example/x.csv", "*Intake:Sources:police-victims:Pull:Url: must be an absolute*")]
    [InlineData("http://agency.example/x.csv", "*Intake:Sources:police-victims:Pull:Url: plain http is allowed only for loopback hosts*AllowInsecureHttp=true*")]
    [InlineData("https://user:pw@agency.example/x.csv", "*Intake:Sources:police-victims:Pull:Url: must not carry credentials*")]
    public void Unusable_urls_are_refused_naming_the_key(string url, string message)
    {
        Invalid(("Intake:Sources:police-victims:Pull:Url", url)).Should().Match<PullConfigurationException>(e => e.Errors.Count == 1)
            .And.Subject.As<PullConfigurationException>().Message.Should().Match(message);
    }

    [Theory]
    [InlineData("http://127.0.0.1:9000/x.csv", null)]
    [InlineData("http://localhost/x.csv", null)]
    [InlineData("http://agency.example/x.csv", "true")]
    public void Plain_http_is_accepted_for_loopback_or_when_explicitly_allowed(string url, string? allow)
    {
        var options = PullSourceOptions.Read(Config(("Intake:Sources:s:Pull:Url", url), ("Intake:Sources:s:Pull:AllowInsecureHttp", allow))).Values.Single();

        options.Validate();
    }

    [Fact]
    public void At_most_one_kind_of_credentials_and_each_kind_complete()
    {
        Invalid(("Intake:Sources:p:Pull:Url", "https://a.example/"), ("Intake:Sources:p:Pull:BearerToken", "t"), ("Intake:Sources:p:Pull:HeaderName", "X-Api-Key"), ("Intake:Sources:p:Pull:HeaderValue", "v"))
            .Message.Should().Contain("Intake:Sources:p:Pull: set at most one kind of credentials (found BearerToken, HeaderName/HeaderValue)");
        Invalid(("Intake:Sources:p:Pull:Url", "https://a.example/"), ("Intake:Sources:p:Pull:Username", "u"))
            .Message.Should().Contain("Intake:Sources:p:Pull:Username/Intake:Sources:p:Pull:Password: Basic credentials need both");
        Invalid(("Intake:Sources:p:Pull:Url", "https://a.example/"), ("Intake:Sources:p:Pull:HeaderName", "X Api Key"), ("Intake:Sources:p:Pull:HeaderValue", "v"))
            .Message.Should().Contain("Intake:Sources:p:Pull:HeaderName: 'X Api Key' is not a valid HTTP header name");
        Invalid(("Intake:Sources:p:Pull:Url", "https://a.example/"), ("Intake:Sources:p:Pull:TimeoutSeconds", "0"), ("Intake:Sources:p:Pull:MaxBytes", "-1"))
            .Errors.Should().HaveCount(2);
        Invalid(("Intake:Sources:p:Pull:TimeoutSeconds", "5")).Message.Should().Contain("Intake:Sources:p:Pull:Url: missing.");
    }
}
