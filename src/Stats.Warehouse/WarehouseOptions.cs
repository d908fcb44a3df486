using Stats.Warehouse.Estimation;

namespace Stats.Warehouse;

/// <summary>Where the warehouse keeps its files and how DuckDB may use the machine. Bound from "Warehouse".</summary>
public sealed class WarehouseOptions
{
    public const string Section = "Warehouse";

    /// <summary>Data folder: working database, vintages, catalog. Relative paths resolve against the current directory.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>ISO 3166-1 alpha-2 code of the reporting country (citizenship group NAT, internal trafficking).</summary>
    public string ReportingCountry { get; set; } = "AT";

    /// <summary>DuckDB memory_limit for the writer; bounds memory whatever the delivery size.</summary>
    public string MemoryLimit { get; set; } = "2GB";

    /// <summary>DuckDB threads; null leaves DuckDB's default (one per core).</summary>
    public int? Threads { get; set; }

    /// <summary>Folder holding migrations/, models/, tests/, seeds/; null means the copy next to the binaries.</summary>
    public string? SqlDirectory { get; set; }

    /// <summary>Threshold k of the disclosure rule: published cells with 1 … k−1 persons are suppressed.</summary>
    public int DisclosureK { get; set; } = 5;

    /// <summary>A period stays provisional (flag p) until this many days after its end.</summary>
    public int ProvisionalLagDays { get; set; } = 90;

    /// <summary>Multiple systems estimation at publish ("Warehouse:Estimation"): model selection and interval.</summary>
    public EstimationSettings Estimation { get; set; } = new();

    public string DataPath => Path.GetFullPath(DataDirectory);
    public string WorkingDatabasePath => Path.Combine(DataPath, "warehouse.duckdb");
    public string VintagesPath => Path.Combine(DataPath, "vintages");
    public string SqlPath => Path.GetFullPath(SqlDirectory ?? Path.Combine(AppContext.BaseDirectory, "sql"));
}
