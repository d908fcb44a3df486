using System.CommandLine;
using Spectre.Console;
using Stats.Etl.Pseudonymisation;
using Stats.Host.Cli;

namespace Stats.Host.Commands;

/// <summary>`stats pseudonymise`: the agency-side tool deriving linkage keys and dropping identifying columns.</summary>
internal static class PseudonymiseCommand
{
    public static readonly Option<FileInfo> SecretFile = new("--secret-file") { Description = "File holding the national linkage secret (never sent to the warehouse).", Required = true };
    public static readonly Option<FileInfo> In = new("--in") { Description = "Raw CSV with the quasi-identifiers (surname, given_name, date_of_birth, sex, country_of_birth).", Required = true };
    public static readonly Option<FileInfo> Out = new("--out") { Description = "Delivery CSV to write: identifying columns dropped, linkage key added.", Required = true };
    public static readonly Option<string> KeyColumn = new("--key-column") { Description = "Name of the linkage-key column in the output.", DefaultValueFactory = _ => "person_pseudonym" };

    public static Command Create()
    {
        var command = new Command("pseudonymise", "Derive HMAC-SHA256 linkage keys from normalised quasi-identifiers and drop every identifying column.")
        {
            SecretFile, In, Out, KeyColumn,
        };
        SecretFile.AcceptExistingOnly();
        In.AcceptExistingOnly();
        command.SetRun(async (parse, _, cancellationToken) =>
        {
            var console = ConsoleFactory.For(parse);
            var result = await new Pseudonymiser().RunAsync(
                new PseudonymiseRequest(parse.GetValue(SecretFile)!.FullName, parse.GetValue(In)!.FullName, parse.GetValue(Out)!.FullName)
                {
                    KeyColumn = parse.GetValue(KeyColumn)!,
                },
                cancellationToken).ConfigureAwait(false);
            console.MarkupLineInterpolated($"Wrote [bold]{result.RowsWritten}[/] rows to {parse.GetValue(Out)!.FullName}");
            console.MarkupLineInterpolated($"Dropped identifying columns: {string.Join(", ", result.DroppedColumns)}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
