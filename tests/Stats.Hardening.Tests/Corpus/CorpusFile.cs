namespace Stats.Hardening.Tests.Corpus;

/// <summary>
/// One malformed or hostile delivery of the corpus: what kind of attack it is, the contract it is offered under, its
/// file name and how to write it. Small files carry their bytes; the few size attacks are streamed to disk only when
/// offered and deleted afterwards, so the corpus never sits on disk whole.
/// </summary>
internal sealed record CorpusFile(string Category, string ContractId, string FileName, string Attack)
{
    /// <summary>The bytes of a small file; null for a streamed one.</summary>
    public byte[]? Content { get; init; }

    /// <summary>Writes a large file to the path given (size attacks).</summary>
    public Action<string>? Stream { get; init; }

    /// <summary>The refusal reason the attack must get, when one reason is right (e.g. identifying_column); null when several are.</summary>
    public string? ExpectedReason { get; init; }

    /// <summary>Whether loading it as a delivery with no records (0 rows read) is a correct outcome (header-only files).</summary>
    public bool MayBeEmpty { get; init; }

    public void WriteTo(string path)
    {
        if (Content is { } bytes)
        {
            File.WriteAllBytes(path, bytes);
        }
        else
        {
            Stream!(path);
        }
    }
}
