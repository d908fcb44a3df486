using System.Globalization;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;

namespace Stats.Warehouse.Exports.Greta;

/// <summary>
/// Writes docProps/core.xml itself. The package API's own properties land in an OPC part under /package/services/…,
/// which Excel reads but several other spreadsheet readers ignore; docProps/core.xml is what they all look for.
/// </summary>
internal static class GretaCoreProperties
{
    private static readonly XNamespace Cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace DcTerms = "http://purl.org/dc/terms/";
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    public static void Write(SpreadsheetDocument document, string title, string creator, DateTimeOffset created, string description)
    {
        ArgumentNullException.ThrowIfNull(document);
        var part = document.AddCoreFilePropertiesPart();
        var xml = new XDocument(new XElement(Cp + "coreProperties",
            new XAttribute(XNamespace.Xmlns + "cp", Cp), new XAttribute(XNamespace.Xmlns + "dc", Dc),
            new XAttribute(XNamespace.Xmlns + "dcterms", DcTerms), new XAttribute(XNamespace.Xmlns + "xsi", Xsi),
            new XElement(Dc + "title", title),
            new XElement(Dc + "creator", creator),
            new XElement(Dc + "description", description),
            new XElement(DcTerms + "created", new XAttribute(Xsi + "type", "dcterms:W3CDTF"),
                created.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture))));
        using var stream = part.GetStream(FileMode.Create, FileAccess.Write);
        xml.Save(stream);
    }
}
