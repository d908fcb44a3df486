namespace Stats.Warehouse.Exports.Bodies;

/// <summary>A dimension column of a Eurostat table: its lower-case SDMX id, our breakdown and the code list it is written in.</summary>
public sealed record EurostatColumn(string Column, string Breakdown, string CodeList);
