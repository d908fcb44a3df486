namespace Stats.Hardening.Tests.Security;

/// <summary>
/// Texts that would make DuckDB read or write files, attach databases, load extensions or change settings if any part of a
/// request reached SQL as text: table functions over the canary files, statement breaks, comments, quoted identifiers
/// breaking out, Unicode look-alikes of quotes and semicolons; and path traversal for the parameters that name things.
/// Targets a request would write are under the canary folder and named <c>written-*</c> or <c>escape-*</c>; none may exist
/// afterwards.
/// </summary>
internal sealed class HostilePayloads
{
    public HostilePayloads(SecurityWarehouse warehouse)
    {
        var csv = warehouse.CanaryCsv;
        var db = warehouse.CanaryDatabase;
        var dir = warehouse.CanaryPath;
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, csv);
        var n = 0;
        string Out(string extension) => Path.Combine(dir, $"written-{++n}.{extension}");
        Sql =
        [
            $"read_csv('{csv}')",
            $"read_csv_auto('{relative}')",
            $"read_text('{csv}')",
            $"read_blob('{csv}')",
            $"read_parquet('{csv}')",
            $"read_json_auto('{csv}')",
            $"glob('{dir}/*')",
            $"query('SELECT * FROM read_csv(''{csv}'')')",
            $"(SELECT secret_column FROM read_csv('{csv}'))",
            $"x') UNION ALL SELECT * FROM read_csv('{csv}') --",
            $"'; ATTACH '{db}' AS leak; SELECT * FROM leak.secret_table; --",
            $"'; ATTACH '{Out("duckdb")}' AS created; --",
            $"'; COPY (SELECT 1) TO '{Out("csv")}'; --",
            $"1; COPY ind_cell TO '{Out("csv")}' (FORMAT csv)",
            "'; INSTALL httpfs; LOAD httpfs; --",
            $"'; LOAD '{dir}/evil.duckdb_extension'; --",
            "'; PRAGMA database_list; --",
            "'; SET enable_external_access = true; --",
            "'; RESET lock_configuration; --",
            $"/**/read_csv/**/('{csv}')",
            "Sex -- ' OR 1=1",
            $"\"Sex\" FROM read_csv('{csv}') --",
            $"Sex\") FROM read_csv('{csv}') --",
            $"x\"; ATTACH '{db}' AS y; --",
            $"\uFF07 or read_csv(\uFF07{csv}\uFF07) --",
            $"\u02BC; ATTACH \u02BC{db}\u02BC; --",
            $"\u2019; COPY (SELECT 1) TO \u2019{Out("csv")}\u2019; --",
            $"\uFF52\uFF45\uFF41\uFF44\uFF3F\uFF43\uFF53\uFF56('{csv}')",
            $"read\u00ADcsv('{csv}')",
            $"Sex eq 'F'\uFF1BATTACH '{db}'",
            $"\u0000'; ATTACH '{db}'; --",
            $"getvariable('x') || read_csv('{csv}')",
        ];
        Few = [Sql[0], Sql[7], Sql[10], Sql[12], Sql[14], Sql[16], Sql[21], Sql[24], Sql[27], Sql[30]];
        Traversal =
        [
            "../../../../../../etc/passwd",
            "..%2F..%2F..%2F..%2Fetc%2Fpasswd",
            "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd",
            csv,
            Path.GetRelativePath(warehouse.DataPath, csv),
            Path.GetRelativePath(warehouse.DataPath, csv).Replace('/', '\\'),
            "....//....//....//etc/passwd",
            "/etc/passwd",
            "file://" + csv,
            "\\\\server\\share\\x",
            "..\u2215..\u2215etc\u2215passwd",
        ];
        EscapeNames =
        [
            "../escape-1.csv",
            "../../escape-2.csv",
            "..\\..\\escape-3.csv",
            Path.Combine(dir, "escape-4.csv"),
            "%2e%2e%2fescape-5.csv",
            "....//escape-6.csv",
            "escape-7.csv\u0000.txt",
            "..\u2215escape-8.csv",
            ".. /escape-9.csv",
            "../" + Path.GetRelativePath(Path.Combine(warehouse.DataPath, "inbox", SecurityWarehouse.Contract), Path.Combine(dir, "escape-10.csv")),
        ];
    }

    /// <summary>SQL-shaped texts: every one goes into every OData query option.</summary>
    public IReadOnlyList<string> Sql { get; }

    /// <summary>A sample of <see cref="Sql"/> for the parameters that never meet SQL (export, portal, admin, intake).</summary>
    public IReadOnlyList<string> Few { get; }

    /// <summary>Paths for parameters that name things (formats, indicators, vintages, sets).</summary>
    public IReadOnlyList<string> Traversal { get; }

    /// <summary>Upload file names that would land outside the contract's inbox if taken as paths.</summary>
    public IReadOnlyList<string> EscapeNames { get; }

    /// <summary>A variant a filter on exact spellings would miss: random letter case, spaces as tabs or comments, a doubled quote.</summary>
    public static string Mutate(string payload, Random random)
    {
        ArgumentNullException.ThrowIfNull(payload);
        ArgumentNullException.ThrowIfNull(random);
        var text = new System.Text.StringBuilder();
        foreach (var c in payload)
        {
            text.Append(c switch
            {
                ' ' => random.Next(3) switch { 0 => "\t", 1 => "/**/", _ => " " },
                '\'' when random.Next(4) == 0 => "''",
                _ when char.IsLetter(c) && random.Next(2) == 0 => char.IsUpper(c) ? char.ToLowerInvariant(c).ToString() : char.ToUpperInvariant(c).ToString(),
                _ => c.ToString(),
            });
        }

        return text.ToString();
    }

    /// <summary>A text as an OData string literal ('' for ').</summary>
    public static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
}
