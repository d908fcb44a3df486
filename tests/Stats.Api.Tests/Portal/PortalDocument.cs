using System.Xml;
using System.Xml.Linq;

namespace Stats.Api.Tests.Portal;

/// <summary>A portal page parsed as XML (the portal writes well-formed pages), with lookups by the data attributes it sets.</summary>
internal sealed class PortalDocument(XDocument document)
{
    public XDocument Document { get; } = document;

    public static PortalDocument Parse(string html)
    {
        using var reader = XmlReader.Create(new StringReader(html), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        return new PortalDocument(XDocument.Load(reader));
    }

    public IEnumerable<XElement> All(string name) => Document.Descendants(name);

    /// <summary>The home page's row of an indicator.</summary>
    public XElement IndicatorRow(string id) => All("tr").Single(r => (string?)r.Attribute("data-indicator") == id);

    /// <summary>An indicator page's row of one cell.</summary>
    public XElement CellRow(string period, string codes) =>
        All("tr").Single(r => (string?)r.Attribute("data-period") == period && (string?)r.Attribute("data-codes") == codes);

    public IEnumerable<XElement> CellRows => All("tr").Where(r => r.Attribute("data-period") is not null);

    public static XElement ValueCell(XElement row) => row.Elements("td").Single(td => ((string?)td.Attribute("class") ?? "").Contains("value", StringComparison.Ordinal));

    public static string Flags(XElement row) => row.Elements("td").Single(td => (string?)td.Attribute("class") == "flags").Value;
}
