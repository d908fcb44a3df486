namespace Stats.Core.CodeLists;

/// <summary>A canonical code list: its seed file (sql/seeds/&lt;Name&gt;.csv), dimension table and code column.</summary>
public sealed record CodeList(string Name, string CodeColumn)
{
    public string Table => "dim_" + Name;
    public string SeedFile => Name + ".csv";
}
