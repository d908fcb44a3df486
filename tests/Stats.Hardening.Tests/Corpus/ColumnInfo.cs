using Stats.Core.Canonical;

namespace Stats.Hardening.Tests.Corpus;

/// <summary>A delivered column of a microdata contract's root record: its name, the canonical type it must hold, whether a value is required.</summary>
internal sealed record ColumnInfo(string Name, FieldType Type, bool Required);
