using Microsoft.Extensions.Logging;

namespace Stats.Etl.Intake;

/// <summary>Intake's log lines: file names, contract ids and counts only, never row values or keys.</summary>
internal static partial class IntakeLog
{
    [LoggerMessage(1, LogLevel.Information, "Delivery {FileName} for contract {ContractId} loaded as batch {BatchKey}: {RowsLoaded} rows staged, {RowsQuarantined} quarantined")]
    public static partial void Loaded(ILogger logger, string fileName, string contractId, long batchKey, long rowsLoaded, long rowsQuarantined);

    [LoggerMessage(2, LogLevel.Warning, "Delivery {FileName} for contract {ContractId} refused: {Reason}")]
    public static partial void Refused(ILogger logger, string fileName, string contractId, string reason);

    [LoggerMessage(3, LogLevel.Information, "Delivery {FileName} for contract {ContractId} is a duplicate of batch {BatchKey}")]
    public static partial void Duplicate(ILogger logger, string fileName, string contractId, long batchKey);

    // The exception itself is not logged: database messages can quote the values they choked on.
    [LoggerMessage(4, LogLevel.Error, "Delivery {FileName} for contract {ContractId} failed ({ErrorType}) and was rolled back")]
    public static partial void Failed(ILogger logger, string fileName, string contractId, string errorType);
}
