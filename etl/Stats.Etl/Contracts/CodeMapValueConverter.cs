using System.Text.Json;
using System.Text.Json.Serialization;

namespace Stats.Etl.Contracts;

/// <summary>Reads a code-map value written either as <c>"SEX"</c> or as <c>["SEX", "LAB"]</c>.</summary>
internal sealed class CodeMapValueConverter : JsonConverter<CodeMapValue>
{
    public override CodeMapValue Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return CodeMapValue.Single(reader.GetString()!);
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("expected a code (string) or a combined category (array of codes).");
        }

        var codes = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            codes.Add(reader.TokenType == JsonTokenType.String
                ? reader.GetString()!
                : throw new JsonException("a combined category holds codes (strings) only."));
        }

        return new CodeMapValue(codes, IsSet: true);
    }

    public override void Write(Utf8JsonWriter writer, CodeMapValue value, JsonSerializerOptions options)
    {
        if (!value.IsSet)
        {
            writer.WriteStringValue(value.Codes[0]);
            return;
        }

        writer.WriteStartArray();
        foreach (var code in value.Codes)
        {
            writer.WriteStringValue(code);
        }

        writer.WriteEndArray();
    }
}
