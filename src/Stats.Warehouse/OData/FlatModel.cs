using Microsoft.OData.Edm;
using Microsoft.OData.Edm.Validation;

namespace Stats.Warehouse.OData;

/// <summary>Builds the EDM model of flat entity sets: one entity type and one entity set per <see cref="FlatEntitySet"/>, same name.</summary>
public static class FlatModel
{
    public const string ContainerName = "Container";

    public static IEdmModel Build(IReadOnlyList<FlatEntitySet> sets, string ns = "Stats")
    {
        ArgumentNullException.ThrowIfNull(sets);
        var model = new EdmModel();
        var container = new EdmEntityContainer(ns, ContainerName);
        model.AddElement(container);
        foreach (var set in sets)
        {
            var type = new EdmEntityType(ns, set.Name);
            foreach (var property in set.Properties)
            {
                type.AddStructuralProperty(property.Name, Kind(property.Type), property.Nullable);
            }

            if (set.Key.Count == 0)
            {
                throw new ArgumentException($"Entity set '{set.Name}' has no key; every entity set needs one (stable paging order).", nameof(sets));
            }

            type.AddKeys(set.Key.Select(k => (IEdmStructuralProperty)type.FindProperty(k)
                ?? throw new ArgumentException($"Key '{k}' of '{set.Name}' is not a property.", nameof(sets))));
            model.AddElement(type);
            // Fact sets answer only $apply: marked so in the model, and left out of the service document (ODL 8's CSDL XML
            // writer does not serialise IncludeInServiceDocument for entity sets, so $metadata still lists them).
            container.AddElement(new EdmEntitySet(container, set.Name, type, includeInServiceDocument: set.Disclosure is null));
        }

        if (!model.Validate(out var errors))
        {
            throw new ArgumentException("Invalid EDM model: " + string.Join("; ", errors.Select(e => e.ErrorMessage)), nameof(sets));
        }

        return model;
    }

    private static EdmPrimitiveTypeKind Kind(FlatType type) => type switch
    {
        FlatType.String => EdmPrimitiveTypeKind.String,
        FlatType.Int64 => EdmPrimitiveTypeKind.Int64,
        FlatType.Int32 => EdmPrimitiveTypeKind.Int32,
        FlatType.Double => EdmPrimitiveTypeKind.Double,
        FlatType.Boolean => EdmPrimitiveTypeKind.Boolean,
        FlatType.Date => EdmPrimitiveTypeKind.Date,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
}
