namespace Stats.Hardening.Tests.Corpus;

/// <summary>
/// The few large attacks, a fixed set whatever the scale: lines and values of tens of megabytes (streamed to disk when
/// offered, never held in memory by the test) and zip bombs whose sheet inflates to gigabytes from a file of a few
/// megabytes. Each one must be refused with limit_exceeded, except the bomb that lies about its size, which .NET's zip
/// reader cuts at the declared size, so the workbook reads as broken XML.
/// </summary>
internal static class SizeAttacks
{
    private const int MiB = 1 << 20;

    public static IEnumerable<CorpusFile> All(CleanDeliveries clean)
    {
        var police = clean.Table("police-victims");
        yield return Huge(CorpusCategories.HugeLine, "police-victims", "police_victims_line_48mb.csv", "header, then a 48 MiB line without a line end (DuckDB dropped it silently)",
            w => { w.Write(CsvBytes.Line(police.Header, ';') + "\n"); Repeat(w, 'A', 48 * MiB); });

        var ngo = clean.Table("ngo-htcds");
        yield return Huge(CorpusCategories.HugeLine, "ngo-htcds", "ngo_htcds_line_32mb.csv", "three rows, a 32 MiB line, two more rows",
            w =>
            {
                w.Write(CsvBytes.Line(ngo.Header, ',') + "\n");
                foreach (var row in ngo.Rows.Take(3))
                {
                    w.Write(CsvBytes.Line(row, ',') + "\n");
                }

                Repeat(w, 'B', 32 * MiB);
                w.Write("\n");
                foreach (var row in ngo.Rows.Skip(3).Take(2))
                {
                    w.Write(CsvBytes.Line(row, ',') + "\n");
                }
            });

        yield return Huge(CorpusCategories.HugeLine, "police-suspects", "police_suspects_header_40mb.csv", "a header line of 40 MiB",
            w => { for (var i = 0; w.BaseStream.Position < 40L * MiB; i++) { w.Write($"column_{i};"); } });

        var decisions = clean.Table("idauthority-decisions");
        yield return Huge(CorpusCategories.HugeLine, "idauthority-decisions", "identification_decisions_quoted_24mb.csv", "a quoted count of 24 MiB spanning lines",
            w =>
            {
                w.Write(CsvBytes.Line(decisions.Header, ';') + "\n2025;Q1;\"");
                for (var i = 0; i < 24 * 16; i++)
                {
                    Repeat(w, '7', MiB / 16);
                    w.Write('\n');
                }

                w.Write("\";1;1;1;1;1;1;1;1\n");
            });

        yield return Huge(CorpusCategories.HugeLine, "socialcare-nrm", "nrm_cases_string_40mb.json", "a JSON string of 40 MiB",
            w => { w.Write("{\"cases\": [{\"caseId\": \""); Repeat(w, 'C', 40 * MiB); w.Write("\"}]}"); });

        yield return Huge(CorpusCategories.HugeLine, "socialcare-nrm", "nrm_cases_number_32mb.json", "a JSON number of 32 MiB",
            w => { w.Write("{\"cases\": [{\"caseId\": \"N-1\", \"person\": {\"age\": "); Repeat(w, '9', 32 * MiB); w.Write("}}]}"); });

        foreach (var bomb in ZipBombs.All(clean))
        {
            yield return bomb;
        }
    }

    private static CorpusFile Huge(string category, string contract, string name, string attack, Action<StreamWriter> write) =>
        new(category, contract, name, attack)
        {
            Stream = path =>
            {
                using var writer = new StreamWriter(path, false, CsvBytes.Utf8, 1 << 16);
                write(writer);
            },
            ExpectedReason = "limit_exceeded",
        };

    private static void Repeat(StreamWriter writer, char c, long count)
    {
        var chunk = new string(c, 1 << 16);
        for (long written = 0; written < count; written += chunk.Length)
        {
            writer.Write(written + chunk.Length <= count ? chunk : chunk[..(int)(count - written)]);
        }
    }
}
