using Microsoft.Extensions.Configuration;
using Stats.Etl.Channels;

namespace Stats.Etl.Scheduling;

/// <summary>The agency endpoints configured under Intake:Sources:&lt;contract-id&gt;:Pull (credentials from the environment, never from the repository).</summary>
public sealed class PullEndpoints
{
    private readonly IReadOnlyDictionary<string, PullSourceOptions> _byContract;

    public PullEndpoints(IConfiguration configuration)
    {
        _byContract = PullSourceOptions.Read(configuration);
        foreach (var options in _byContract.Values)
        {
            options.Validate();
        }
    }

    public PullSourceOptions? Find(string contractId) => _byContract.GetValueOrDefault(contractId);
}
