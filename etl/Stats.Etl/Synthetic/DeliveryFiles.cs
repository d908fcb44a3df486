namespace Stats.Etl.Synthetic;

/// <summary>Writes the files of one generated year under its output directory and records what intake must do with each.</summary>
internal sealed class DeliveryFiles(string root)
{
    private static readonly Dictionary<string, int> None = [];

    public List<string> Written { get; } = [];

    public List<DeliveryTruth> Truths { get; } = [];

    public string Write(string relativePath, byte[] content)
    {
        var path = Path.GetFullPath(Path.Combine(root, relativePath));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        Written.Add(path);
        return path;
    }

    public void Loaded(string relativePath, string contract, byte[] content, int rows, Dictionary<string, int>? children = null, Dictionary<string, int>? quarantined = null)
    {
        Write(relativePath, content);
        Truths.Add(new DeliveryTruth(relativePath, contract, "loaded", null, rows, quarantined ?? None, children ?? None));
    }

    public void LoadedAggregate(string relativePath, string contract, byte[] content, int cells, int censored, Dictionary<string, int>? findings = null)
    {
        Write(relativePath, content);
        Truths.Add(new DeliveryTruth(relativePath, contract, "loaded", null, cells, None, None) { CensoredCells = censored, Findings = findings ?? None });
    }

    public void Refused(string relativePath, string contract, string reason, byte[] content)
    {
        Write(relativePath, content);
        Truths.Add(new DeliveryTruth(relativePath, contract, "refused", reason, 0, None, None));
    }

    public void Duplicate(string relativePath, string contract, byte[] content)
    {
        Write(relativePath, content);
        Truths.Add(new DeliveryTruth(relativePath, contract, "duplicate", null, 0, None, None));
    }
}
