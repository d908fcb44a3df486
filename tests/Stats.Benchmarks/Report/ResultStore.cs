using System.Text.Json;
using System.Text.Json.Serialization;

namespace Stats.Benchmarks.Report;

/// <summary>
/// Each section's last results as RESULTS.&lt;section&gt;.json in the folder of RESULTS.md (the benchmark project's source
/// folder), so `report --only` can measure some sections and regenerate the file with the others' last results.
/// </summary>
internal sealed class ResultStore(string folder)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public string Folder => folder;

    public string ResultsMarkdown => Path.Combine(folder, "RESULTS.md");

    public static string FileName(string section) => $"RESULTS.{section}.json";

    public SectionResult? Load(string section)
    {
        var path = Path.Combine(folder, FileName(section));
        return File.Exists(path) ? Parse(File.ReadAllText(path)) : null;
    }

    public void Save(SectionResult result) => File.WriteAllText(Path.Combine(folder, FileName(result.Section)), Serialize(result) + "\n");

    public static string Serialize(SectionResult result) => JsonSerializer.Serialize(result, Json);

    public static SectionResult Parse(string json) =>
        JsonSerializer.Deserialize<SectionResult>(json, Json) ?? throw new InvalidDataException("The stored section results are empty.");

    /// <summary>The benchmark project's source folder: RESULTS.md, the templates in Report/, found upwards from the build output.</summary>
    public static string SourceFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Stats.Benchmarks.csproj")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No Stats.Benchmarks.csproj above {AppContext.BaseDirectory}: run the report from the repository's build output.");
    }
}
