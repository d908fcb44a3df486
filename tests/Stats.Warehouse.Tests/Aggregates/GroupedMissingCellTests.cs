using Stats.Warehouse.Exports;
using Stats.Warehouse.Exports.Bodies;
using Stats.Warehouse.Indicators;

namespace Stats.Warehouse.Tests.Aggregates;

/// <summary>
/// Grouped export cells (several forms into one Eurostat group) when a component is missing in a return: the group has
/// no value but hides nothing (F, no c); a suppressed component still makes the group confidential (D, c).
/// </summary>
public sealed class GroupedMissingCellTests
{
    [Fact]
    public void A_group_with_a_missing_component_has_no_value_and_is_not_confidential()
    {
        var group = CellGrouping.Combine([Cell(12, "r", "F"), Cell(null, "z", "F")], IndicatorRole.Public);

        group.Should().Be(((double?)null, "z", "F"));
    }

    [Fact]
    public void A_group_with_a_suppressed_and_a_missing_component_is_confidential()
    {
        var group = CellGrouping.Combine([Cell(null, "c", "C"), Cell(null, string.Empty, "F"), Cell(7, string.Empty, "F")], IndicatorRole.Public);

        group.Should().Be(((double?)null, "c", "D"));
    }

    private static ExportCell Cell(double? value, string flags, string status) => new(
        "A|2023|form_main=SEX", "A", "2023", 2023, new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31),
        ["SEX"], ["Sexual exploitation"], value, flags, status, "persons", null);
}
