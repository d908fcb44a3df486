using Stats.Etl.Contracts;

namespace Stats.Hardening.Tests.Corpus;

/// <summary>What every attack generator needs: the clean deliveries, their contracts and the seeded random source.</summary>
internal sealed class CorpusContext(CleanDeliveries clean, Random random)
{
    public CleanDeliveries Clean { get; } = clean;

    public Random Random { get; } = random;

    public SourceContract Contract(string id) => Clean.Contracts[id];

    public string Format(string id) => Contract(id).Format.Type;

    public bool IsAggregate(string id) => Contract(id).IsAggregate;

    public char Delimiter(string id) => Contract(id).Format.Delimiter![0];

    public string Extension(string id) => "." + Format(id);

    public IReadOnlyList<string> Ids(Func<string, bool> where) => [.. Clean.ContractIds.Where(where)];

    public IReadOnlyList<string> Csv => Ids(id => Format(id) == "csv");

    public IReadOnlyList<string> Text => Ids(id => Format(id) is "csv" or "json");

    public T Pick<T>(IReadOnlyList<T> items) => items[Random.Next(items.Count)];

    /// <summary>A small slice of the clean table: microdata keeps 1–12 rows (cheap to load), an aggregate return its whole table.</summary>
    public FlatTable Slice(string id) =>
        IsAggregate(id) ? Clean.Table(id).Copy() : Clean.Table(id).Window(Random, 1 + Random.Next(12));

    /// <summary>The table as the contract's format: CSV with its delimiter (line ends LF or CRLF), or an XLSX workbook with its sheet.</summary>
    public byte[] Encode(string id, FlatTable table) => Format(id) == "csv"
        ? CsvBytes.Of(table, Delimiter(id), Random.Next(4) == 0 ? "\r\n" : "\n")
        : XlsxBytes.Of(table, Contract(id).Format.Sheet!);
}
