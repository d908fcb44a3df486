namespace Stats.Hardening.Tests.Fuzz;

/// <summary>A request and the status it got (0: no answer), kept for the tables the test prints.</summary>
internal sealed record FuzzOutcome(FuzzRequest Request, int Status);
