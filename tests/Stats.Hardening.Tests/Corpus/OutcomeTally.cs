using System.Globalization;
using System.Text;

namespace Stats.Hardening.Tests.Corpus;

/// <summary>What became of each corpus file, counted per category and per outcome (refusal reason or quarantine rules), and the failures.</summary>
internal sealed class OutcomeTally
{
    private readonly SortedDictionary<string, SortedDictionary<string, int>> _byCategory = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, int> _byOutcome = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, int> _byRule = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Files, TimeSpan Total, TimeSpan Max, string Slowest)> _times = new(StringComparer.Ordinal);

    public List<string> Failures { get; } = [];

    public int Files { get; private set; }

    public int Refused { get; private set; }

    public int Quarantined { get; private set; }

    public int Empty { get; private set; }

    public void Count(CorpusFile file, string outcome, bool refused = false, bool quarantined = false, bool empty = false)
    {
        Files++;
        Refused += refused ? 1 : 0;
        Quarantined += quarantined ? 1 : 0;
        Empty += empty ? 1 : 0;
        if (!_byCategory.TryGetValue(file.Category, out var outcomes))
        {
            outcomes = new SortedDictionary<string, int>(StringComparer.Ordinal);
            _byCategory[file.Category] = outcomes;
        }

        outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
        _byOutcome[outcome] = _byOutcome.GetValueOrDefault(outcome) + 1;
    }

    /// <summary>A file loaded with every row quarantined: counted once per rule it broke.</summary>
    public void Rules(IEnumerable<string> rules)
    {
        foreach (var rule in rules)
        {
            _byRule[rule] = _byRule.GetValueOrDefault(rule) + 1;
        }
    }

    public void Time(string key, CorpusFile file, TimeSpan elapsed)
    {
        var (files, total, max, slowest) = _times.GetValueOrDefault(key);
        _times[key] = (files + 1, total + elapsed, elapsed > max ? elapsed : max, elapsed > max ? file.FileName : slowest);
    }

    public void Fail(CorpusFile file, string problem) => Failures.Add($"{file.FileName} ({file.Category}, {file.ContractId}: {file.Attack}): {problem}");

    public string Report()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{"category",-20} {"files",6}  outcomes");
        foreach (var (category, outcomes) in _byCategory)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{category,-20} {outcomes.Values.Sum(),6}  {string.Join(", ", outcomes.Select(o => $"{o.Key} {o.Value}"))}");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"{"all",-20} {Files,6}  refused {Refused}, every row quarantined {Quarantined}, no records {Empty}");
        text.AppendLine().AppendLine("outcome                                          files");
        foreach (var (outcome, count) in _byOutcome)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{outcome,-48} {count,5}");
        }

        text.AppendLine().AppendLine("quarantine rule (files with every row quarantined that broke it)");
        foreach (var (rule, count) in _byRule)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{rule,-48} {count,5}");
        }

        text.AppendLine().AppendLine("time by category                   files   total s   mean ms   max ms  slowest");
        foreach (var (outcome, t) in _times.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{outcome,-32} {t.Files,7} {t.Total.TotalSeconds,9:F1} {t.Total.TotalMilliseconds / t.Files,9:F0} {t.Max.TotalMilliseconds,8:F0}  {t.Slowest}");
        }

        return text.ToString();
    }
}
