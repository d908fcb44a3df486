using System.Globalization;
using System.Security.Cryptography;

namespace Stats.Hardening.Tests.Corpus;

/// <summary>
/// The seeded corpus: <c>count</c> files drawn over the categories by weight and over the shipped contracts each
/// category applies to, plus the fixed set of header-only files and size attacks. Every small file's content is unique
/// (a repeat of a loaded file would only be reported as a duplicate), and the same seed gives the same corpus.
/// </summary>
internal static class CorpusGenerator
{
    private static readonly (string Category, int Weight)[] Weights =
    [
        (CorpusCategories.Truncated, 100), (CorpusCategories.WrongEncoding, 90), (CorpusCategories.Binary, 80),
        (CorpusCategories.CsvInjection, 90), (CorpusCategories.DeepJson, 30), (CorpusCategories.IdentifyingColumn, 150),
        (CorpusCategories.DuplicateHeader, 70), (CorpusCategories.MixedDelimiters, 70), (CorpusCategories.Empty, 30),
        (CorpusCategories.BomOnly, 25), (CorpusCategories.WrongExtension, 70), (CorpusCategories.Mutation, 175),
    ];

    public static IReadOnlyList<CorpusFile> Generate(CleanDeliveries clean, int seed, int count, Action<string>? log = null)
    {
        var times = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var random = new Random(seed);
        var context = new CorpusContext(clean, random);
        var flat = new FlatAttacks(context);
        var json = new JsonAttacks(context);
        var bytes = new ByteAttacks(context, json);
        var files = new List<CorpusFile>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var total = Weights.Sum(w => w.Weight);
        for (var i = 0; i < count; i++)
        {
            var draw = random.Next(total);
            var category = Weights.First(w => (draw -= w.Weight) < 0).Category;
            var started = watch.Elapsed;
            for (var attempt = 0; ; attempt++)
            {
                var (contract, attack) = Draw(category, context, flat, json, bytes);
                if (seen.Add(Convert.ToHexString(SHA256.HashData(attack.Content))))
                {
                    files.Add(Named(category, contract, attack, files.Count, context));
                    times[category] = times.GetValueOrDefault(category) + (watch.Elapsed - started);
                    break;
                }

                if (attempt == 50)
                {
                    throw new InvalidOperationException($"the corpus generator found no new '{category}' file in 50 draws.");
                }
            }
        }

        foreach (var contract in clean.ContractIds)
        {
            var variants = context.Format(contract) == "xlsx" ? 1 : 2;
            for (var v = 0; v < variants; v++)
            {
                var attack = context.Format(contract) == "json" ? json.HeaderOnly(v) : flat.HeaderOnly(contract, v);
                files.Add(Named(CorpusCategories.HeaderOnly, contract, attack, files.Count, context));
            }
        }

        var fixedStart = watch.Elapsed;
        foreach (var file in XlsxStructureAttacks.All(clean, random).Concat(SizeAttacks.All(clean)))
        {
            times[file.FileName] = watch.Elapsed - fixedStart;
            files.Add(file);
            fixedStart = watch.Elapsed;
        }

        log?.Invoke("generation time by category (and of the size attacks): " + string.Join(", ", times.OrderByDescending(t => t.Value).Take(12).Select(t => $"{t.Key} {t.Value.TotalSeconds:F1} s")));
        return files;
    }

    private static (string Contract, Attack Attack) Draw(string category, CorpusContext context, FlatAttacks flat, JsonAttacks json, ByteAttacks bytes)
    {
        switch (category)
        {
            case CorpusCategories.Truncated:
                return Any(context, context.Clean.ContractIds.ToList(), id => context.Format(id) == "json" ? json.Truncated() : flat.Truncated(id));
            case CorpusCategories.WrongEncoding:
                return Any(context, context.Text, bytes.WrongEncoding);
            case CorpusCategories.Binary:
                return Any(context, context.Clean.ContractIds.ToList(), bytes.Binary);
            case CorpusCategories.CsvInjection:
                return Any(context, context.Clean.ContractIds.ToList(), id => context.Format(id) == "json" ? json.Injection() : flat.Injection(id));
            case CorpusCategories.DeepJson:
                return ("socialcare-nrm", json.Deep());
            case CorpusCategories.IdentifyingColumn:
                return Any(context, context.Clean.ContractIds.ToList(), id => context.Format(id) == "json" ? json.Identifying() : flat.Identifying(id));
            case CorpusCategories.DuplicateHeader:
                return Any(context, context.Clean.ContractIds.ToList(), id => context.Format(id) == "json" ? json.DuplicateProperty() : flat.DuplicateHeader(id));
            case CorpusCategories.MixedDelimiters:
                return Any(context, context.Csv, flat.MixedDelimiters);
            case CorpusCategories.Empty:
                return Any(context, context.Clean.ContractIds.ToList(), bytes.Empty);
            case CorpusCategories.BomOnly:
                return Any(context, context.Clean.ContractIds.ToList(), bytes.BomOnly);
            case CorpusCategories.WrongExtension:
                return Any(context, context.Clean.ContractIds.ToList(), bytes.WrongExtension);
            default:
                return Any(context, context.Clean.ContractIds.ToList(), id => context.Format(id) == "json" ? json.Mutation() : flat.Mutation(id));
        }
    }

    private static (string, Attack) Any(CorpusContext context, IReadOnlyList<string> contracts, Func<string, Attack> make)
    {
        var id = context.Pick(contracts);
        return (id, make(id));
    }

    private static CorpusFile Named(string category, string contract, Attack attack, int index, CorpusContext context) =>
        new(category, contract, $"{category}-{index.ToString("0000", CultureInfo.InvariantCulture)}-{contract}{context.Extension(contract)}", attack.Description)
        {
            Content = attack.Content,
            ExpectedReason = attack.ExpectedReason,
            MayBeEmpty = attack.MayBeEmpty,
        };
}
