namespace Stats.Etl.Synthetic;

/// <summary>The decks that fix the population's headline shares: sex, age band and citizenship group.</summary>
internal sealed record PersonDecks(Deck<string> Sex, Deck<(int Min, int Max)> AgeBand, Deck<string> CitizenshipGroup);
