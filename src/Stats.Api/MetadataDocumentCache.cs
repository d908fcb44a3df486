using System.Runtime.CompilerServices;
using System.Text;
using System.Xml;
using Microsoft.OData.Edm;
using Microsoft.OData.Edm.Csdl;

namespace Stats.Api;

/// <summary>
/// The CSDL XML $metadata document, serialised once per model (Power Query fetches it on every refresh). Keyed by the
/// model instance, so a new vintage gets its own document and the old one goes with its model.
/// </summary>
internal sealed class MetadataDocumentCache
{
    private readonly ConditionalWeakTable<IEdmModel, byte[]> documents = [];

    public byte[] Get(IEdmModel model) => documents.GetValue(model, Serialise);

    private static byte[] Serialise(IEdmModel model)
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Async = false }))
        {
            if (!CsdlWriter.TryWriteCsdl(model, xml, CsdlTarget.OData, out var errors))
            {
                throw new InvalidOperationException("CSDL serialisation failed: " + string.Join("; ", errors.Select(e => e.ErrorMessage)));
            }
        }

        return stream.ToArray();
    }
}
