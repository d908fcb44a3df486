namespace Stats.Warehouse.Exports;

/// <summary>An export that cannot be made as asked (unknown format, indicator or year); the message names the parameter and the choices.</summary>
public sealed class ExportRequestException(string message) : Exception(message);
