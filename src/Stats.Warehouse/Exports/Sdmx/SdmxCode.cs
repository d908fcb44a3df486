namespace Stats.Warehouse.Exports.Sdmx;

/// <summary>A code of an SDMX code list: its id, English name and, when the id had to be changed from the registry code, the original.</summary>
internal sealed record SdmxCode(string Id, string Name, string? RegistryCode);
