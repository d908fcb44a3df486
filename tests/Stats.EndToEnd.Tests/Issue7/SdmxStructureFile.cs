using System.Xml.Linq;

namespace Stats.EndToEnd.Tests.Issue7;

/// <summary>
/// structure.xml read with XDocument and walked by its references, not by naming conventions: a dataflow's Structure/Ref
/// leads to a data structure, a component's Enumeration/Ref to a code list and its ConceptIdentity/Ref to a concept,
/// each matched on id, agencyID and version.
/// </summary>
internal sealed class SdmxStructureFile(XDocument document)
{
    public static readonly XNamespace Mes = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message";
    public static readonly XNamespace Str = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/structure";
    public static readonly XNamespace Com = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/common";

    public XDocument Document { get; } = document;

    public static SdmxStructureFile Load(string path) => new(XDocument.Load(path));

    public XElement Header => Document.Root!.Element(Mes + "Header")!;

    public IEnumerable<XElement> Dataflows => Structures("Dataflows", "Dataflow");

    public IEnumerable<XElement> DataStructures => Structures("DataStructures", "DataStructure");

    public IEnumerable<XElement> Codelists => Structures("Codelists", "Codelist");

    public IEnumerable<XElement> ConceptSchemes => Structures("Concepts", "ConceptScheme");

    public XElement? Dataflow(string id) => Dataflows.SingleOrDefault(d => (string?)d.Attribute("id") == id);

    /// <summary>The data structure a dataflow's Structure/Ref points at, or null when there is none.</summary>
    public XElement? StructureOf(XElement dataflow)
    {
        var reference = dataflow.Element(Str + "Structure")?.Element("Ref");
        return reference is null ? null : Find(DataStructures, reference);
    }

    /// <summary>DimensionList's Dimension and TimeDimension elements in document order.</summary>
    public static IReadOnlyList<XElement> Dimensions(XElement dataStructure) =>
        dataStructure.Element(Str + "DataStructureComponents")!.Element(Str + "DimensionList")!.Elements()
            .Where(e => e.Name == Str + "Dimension" || e.Name == Str + "TimeDimension").ToList();

    public static XElement? Attribute(XElement dataStructure, string id) =>
        dataStructure.Element(Str + "DataStructureComponents")?.Element(Str + "AttributeList")?
            .Elements(Str + "Attribute").SingleOrDefault(a => (string?)a.Attribute("id") == id);

    /// <summary>The code list a component's LocalRepresentation/Enumeration/Ref points at, or null.</summary>
    public XElement? CodelistOf(XElement component)
    {
        var reference = component.Element(Str + "LocalRepresentation")?.Element(Str + "Enumeration")?.Element("Ref");
        return reference is null ? null : Find(Codelists, reference);
    }

    /// <summary>The concept a component's ConceptIdentity/Ref points at (in the scheme named by maintainableParentID), or null.</summary>
    public XElement? ConceptOf(XElement component)
    {
        var reference = component.Element(Str + "ConceptIdentity")?.Element("Ref");
        if (reference is null)
        {
            return null;
        }

        var scheme = ConceptSchemes.SingleOrDefault(s => (string?)s.Attribute("id") == (string?)reference.Attribute("maintainableParentID")
            && (string?)s.Attribute("agencyID") == (string?)reference.Attribute("agencyID")
            && (string?)s.Attribute("version") == (string?)reference.Attribute("maintainableParentVersion"));
        return scheme?.Elements(Str + "Concept").SingleOrDefault(c => (string?)c.Attribute("id") == (string?)reference.Attribute("id"));
    }

    public static IReadOnlySet<string> CodeIds(XElement codelist) =>
        codelist.Elements(Str + "Code").Select(c => (string)c.Attribute("id")!).ToHashSet(StringComparer.Ordinal);

    public static string Name(XElement element) => (string)element.Element(Com + "Name")!;

    public static IEnumerable<(string Type, string Text)> Annotations(XElement element) =>
        element.Element(Com + "Annotations")?.Elements(Com + "Annotation")
            .Select(a => ((string)a.Element(Com + "AnnotationType")!, (string)a.Element(Com + "AnnotationText")!)) ?? [];

    private IEnumerable<XElement> Structures(string container, string item) =>
        Document.Root!.Element(Mes + "Structures")?.Element(Str + container)?.Elements(Str + item) ?? [];

    private static XElement? Find(IEnumerable<XElement> candidates, XElement reference) =>
        candidates.SingleOrDefault(c => (string?)c.Attribute("id") == (string?)reference.Attribute("id")
            && (string?)c.Attribute("agencyID") == (string?)reference.Attribute("agencyID")
            && (string?)c.Attribute("version") == (string?)reference.Attribute("version"));
}
