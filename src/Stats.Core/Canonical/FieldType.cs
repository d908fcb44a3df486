namespace Stats.Core.Canonical;

/// <summary>The value types a canonical field can hold; intake validates delivered text against them.</summary>
public enum FieldType
{
    /// <summary>A linkage key: 64 lower-case hexadecimal characters (HMAC-SHA256).</summary>
    LinkageKey,
    Text,
    Date,
    Integer,
    Decimal,
    Boolean,
    /// <summary>One code of a canonical code list.</summary>
    Code,
    /// <summary>Several codes of one code list (e.g. forms of exploitation); stored as a list.</summary>
    CodeSet,
}
