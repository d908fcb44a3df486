namespace Stats.Hardening.Tests.Corpus;

/// <summary>
/// The corpus test runs alone: its memory bound is measured on the whole test host, which tests running beside it
/// would share (xUnit runs a collection that disables parallelisation after the parallel ones, by itself).
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CorpusCollection
{
    public const string Name = "bad deliveries corpus (alone: measures the host's memory)";
}
