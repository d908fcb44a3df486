using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Stats.Catalog.Tests;

internal static class SqliteExtensions
{
    public static List<string> Strings(this SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture)!);
        }

        return values;
    }
}
