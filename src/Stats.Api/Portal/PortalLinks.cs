using System.Text;
using Stats.Api.Exports;
using Stats.Warehouse.Exports;

namespace Stats.Api.Portal;

/// <summary>
/// Every URL the portal prints, in one place, relative to the request's path base. <see cref="Downloads"/> is the one list
/// of bulk downloads offered on the home page: the feed, and each export format's public export of the current vintage
/// when the export endpoints are mapped (<paramref name="exports"/>).
/// </summary>
/// <param name="pathBase">The request's path base.</param>
/// <param name="odataPrefix">The feed's route prefix.</param>
/// <param name="exports">Whether <c>/exports/{format}</c> is served here, so the home page offers only links that work.</param>
internal sealed class PortalLinks(string pathBase, string odataPrefix, bool exports = false)
{
    public const string IndicatorsPath = "/indicators/";
    public const string CsvSuffix = ".csv";

    private readonly string _base = pathBase.TrimEnd('/');
    private readonly string _odata = "/" + odataPrefix.Trim('/');

    public string Home => _base + "/";

    public string Stylesheet => _base + "/portal.css";

    public string ODataRoot => _base + _odata + "/";

    public string Metadata => _base + _odata + "/$metadata";

    public string Indicator(string id, string? by = null) =>
        _base + IndicatorsPath + Uri.EscapeDataString(id) + (string.IsNullOrEmpty(by) ? "" : "?by=" + Uri.EscapeDataString(by));

    public string Csv(string id, string? by = null) =>
        _base + IndicatorsPath + Uri.EscapeDataString(id) + CsvSuffix + (string.IsNullOrEmpty(by) ? "" : "?by=" + Uri.EscapeDataString(by));

    public string ODataSet(string setName) => _base + _odata + "/" + Uri.EscapeDataString(setName);

    /// <summary>
    /// The OData query for the cells of one table: the frequency, and every breakdown of the indicator not in the table at
    /// its total (the table's own breakdowns take every code, their total included, as the page shows them).
    /// </summary>
    public string ODataCube(string setName, string frequency, IEnumerable<(string Property, bool InTable)> breakdowns)
    {
        var filter = new StringBuilder("Frequency eq '").Append(frequency).Append('\'');
        foreach (var (property, inTable) in breakdowns.Where(b => !b.InTable))
        {
            filter.Append(" and ").Append(property).Append(" eq '_T'");
        }

        return ODataSet(setName) + "?$filter=" + Uri.EscapeDataString(filter.ToString()) + "&$orderby=" + Uri.EscapeDataString("PeriodStart");
    }

    /// <summary>The bulk downloads of the home page (title, URL, what it is).</summary>
    public IReadOnlyList<(string Title, string Url, string Description)> Downloads =>
    [
        ("OData feed", ODataRoot, "every indicator as a table, for Excel (Data → From OData Feed), Power BI and scripts"),
        ("OData $metadata", Metadata, "the feed's schema (CSDL XML)"),
        .. exports ? ExportFormats.All.Select(Export) : [],
    ];

    /// <summary>Without a key the export endpoint answers the public export, the only one a portal visitor may have.</summary>
    private (string Title, string Url, string Description) Export(IExportFormat format) =>
        (format.Id + " export", ExportEndpoints.Url(_base, format.Id),
            format.Description.TrimEnd('.') + (format.SingleFile is { } single ? $" ({single}, " : " (zip with metadata.json, ") + "every indicator and year)");
}
