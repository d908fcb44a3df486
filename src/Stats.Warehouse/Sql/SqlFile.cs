namespace Stats.Warehouse.Sql;

/// <summary>A SQL file under sql/: its name (without extension), path relative to sql/, and text.</summary>
public sealed record SqlFile(string Name, string RelativePath, string Text);
