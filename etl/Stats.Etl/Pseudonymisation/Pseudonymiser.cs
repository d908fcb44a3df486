using System.Globalization;
using System.Text;
using Stats.Core.Linkage;

namespace Stats.Etl.Pseudonymisation;

/// <summary>
/// The tool an agency runs before delivering (domain.md §5): replaces the five quasi-identifier columns of a raw CSV
/// with one linkage-key column and drops every other identifying column, streaming row by row. Surname, given name,
/// date of birth and country of birth are dropped; sex stays (a published breakdown) unless the request says otherwise.
/// The output is written to a temporary file and moved into place only when every row succeeded.
/// </summary>
public sealed class Pseudonymiser
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public async Task<PseudonymiseResult> RunAsync(PseudonymiseRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var deriver = CreateDeriver(request.SecretFile);
        var delimiter = request.Delimiter ?? await DetectDelimiterAsync(request.InputCsv, ct);
        var partial = request.OutputCsv + ".partial";
        try
        {
            var result = await CopyAsync(request, deriver, delimiter, partial, ct);
            File.Move(partial, request.OutputCsv, overwrite: true);
            return result;
        }
        catch
        {
            File.Delete(partial);
            throw;
        }
    }

    private static async Task<PseudonymiseResult> CopyAsync(
        PseudonymiseRequest request, LinkageKeyDeriver deriver, char delimiter, string outputPath, CancellationToken ct)
    {
        await using var input = OpenRead(request.InputCsv);
        using var inputText = new StreamReader(input, StrictUtf8, detectEncodingFromByteOrderMarks: true);
        var reader = new CsvRecordReader(inputText, delimiter);
        var header = new List<string>();
        if (!await ReadAsync(reader, header, 0, ct))
        {
            throw new PseudonymisationException($"The input '{request.InputCsv}' is empty: it has no header line.");
        }

        var plan = OutputPlan.Create(header, request);
        await using var output = new FileStream(outputPath, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024, FileOptions.Asynchronous);
        await using var outputText = new StreamWriter(output, StrictUtf8, 64 * 1024);
        var line = new StringBuilder(512);
        CsvFormat.AppendRecord(line, plan.OutputColumns, delimiter);
        await outputText.WriteAsync(line, ct);

        var fields = new List<string>(header.Count);
        var outputFields = new string[plan.OutputColumns.Count];
        long row = 0;
        while (await ReadAsync(reader, fields, row + 1, ct))
        {
            row++;
            if (fields.Count != header.Count)
            {
                throw new PseudonymisationException(string.Create(CultureInfo.InvariantCulture,
                    $"Row {row} (line {reader.RecordStartLine}) has {fields.Count} fields; the header has {header.Count}."));
            }

            var key = Derive(deriver, plan.Columns, header, fields, row, reader.RecordStartLine);
            for (var i = 0; i < outputFields.Length; i++)
            {
                var source = plan.SourceIndexes[i];
                outputFields[i] = source < 0 ? key : fields[source];
            }

            line.Clear();
            CsvFormat.AppendRecord(line, outputFields, delimiter);
            await outputText.WriteAsync(line, ct);
        }

        await outputText.FlushAsync(ct);
        return new PseudonymiseResult(row, plan.OutputColumns, plan.DroppedColumns, delimiter);
    }

    private static string Derive(
        LinkageKeyDeriver deriver, QuasiIdentifierColumns columns, List<string> header, List<string> fields, long row, long line)
    {
        try
        {
            return deriver.Derive(new QuasiIdentifiers(
                fields[columns.Surname], fields[columns.GivenName], fields[columns.DateOfBirth], fields[columns.Sex], fields[columns.CountryOfBirth]));
        }
        catch (QuasiIdentifierFormatException error)
        {
            var column = error.Field switch
            {
                nameof(QuasiIdentifiers.Surname) => columns.Surname,
                nameof(QuasiIdentifiers.GivenName) => columns.GivenName,
                nameof(QuasiIdentifiers.DateOfBirth) => columns.DateOfBirth,
                nameof(QuasiIdentifiers.Sex) => columns.Sex,
                _ => columns.CountryOfBirth,
            };
            throw new PseudonymisationException(string.Create(CultureInfo.InvariantCulture,
                $"Row {row} (line {line}), column '{header[column]}': {error.Message}"), error);
        }
    }

    private static async ValueTask<bool> ReadAsync(CsvRecordReader reader, List<string> fields, long row, CancellationToken ct)
    {
        try
        {
            return await reader.ReadAsync(fields, ct);
        }
        catch (DecoderFallbackException error)
        {
            throw new PseudonymisationException(string.Create(CultureInfo.InvariantCulture,
                $"The input is not valid UTF-8 (at or near row {row}); export it as UTF-8."), error);
        }
        catch (FormatException error)
        {
            throw new PseudonymisationException($"The input is not well-formed CSV: {error.Message}", error);
        }
    }

    private static LinkageKeyDeriver CreateDeriver(string secretFile)
    {
        var secret = LinkageSecret.ReadFile(secretFile);
        try
        {
            return new LinkageKeyDeriver(secret);
        }
        catch (ArgumentException error)
        {
            throw new PseudonymisationException($"The linkage secret in '{secretFile}' cannot be used: {error.Message}", error);
        }
        finally
        {
            Array.Clear(secret);
        }
    }

    private static async Task<char> DetectDelimiterAsync(string path, CancellationToken ct)
    {
        await using var input = OpenRead(path);
        using var text = new StreamReader(input, StrictUtf8, detectEncodingFromByteOrderMarks: true);
        try
        {
            return CsvFormat.DetectDelimiter(await text.ReadLineAsync(ct) ?? string.Empty);
        }
        catch (DecoderFallbackException error)
        {
            throw new PseudonymisationException("The input is not valid UTF-8 (in its first block); export it as UTF-8.", error);
        }
    }

    private static FileStream OpenRead(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.Asynchronous | FileOptions.SequentialScan);
}
