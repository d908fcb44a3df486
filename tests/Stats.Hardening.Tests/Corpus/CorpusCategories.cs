namespace Stats.Hardening.Tests.Corpus;

/// <summary>The kinds of bad delivery the corpus holds (issue 10, item 2).</summary>
internal static class CorpusCategories
{
    public const string Truncated = "truncated";
    public const string WrongEncoding = "wrong-encoding";
    public const string Binary = "binary";
    public const string HugeLine = "huge-line";
    public const string CsvInjection = "csv-injection";
    public const string ZipBomb = "zip-bomb";
    public const string DeepJson = "deep-json";
    public const string IdentifyingColumn = "identifying-column";
    public const string DuplicateHeader = "duplicate-header";
    public const string MixedDelimiters = "mixed-delimiters";
    public const string Empty = "empty";
    public const string BomOnly = "bom-only";
    public const string HeaderOnly = "header-only";
    public const string WrongExtension = "wrong-extension";
    public const string Mutation = "mutation";
}
