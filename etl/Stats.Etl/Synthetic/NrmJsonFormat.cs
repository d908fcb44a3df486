using System.Globalization;
using System.Text.Json;

namespace Stats.Etl.Synthetic;

/// <summary>
/// The socialcare-nrm delivery: <c>{"cases": [...]}</c>, one object per case with nested referral, identification and
/// person objects, forms as a ';'-separated string (the contract's separator), and services / decisions arrays.
/// Absent values are JSON null.
/// </summary>
internal static class NrmJsonFormat
{
    public static byte[] Build(IEnumerable<VictimRegistration> registrations)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteStartArray("cases");
            foreach (var r in registrations)
            {
                WriteCase(json, r);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    private static void WriteCase(Utf8JsonWriter json, VictimRegistration r)
    {
        var p = r.Person;
        json.WriteStartObject();
        json.WriteString("caseId", r.RecordId);
        json.WriteString("linkageKey", r.LinkageKey);
        json.WriteStartObject("referral");
        json.WriteString("date", Iso(r.RegisteredOn));
        json.WriteString("outcome", AgencyCodes.NrmStatus[r.Status]);
        json.WriteEndObject();
        json.WriteStartObject("identification");
        WriteDateOrNull(json, "decisionDate", r.IdentifiedOn);
        json.WriteEndObject();
        json.WriteStartObject("person");
        json.WriteString("sex", AgencyCodes.NrmSex(p.Sex));
        json.WriteNumber("age", p.Age);
        WriteStringOrNull(json, "citizenship", p.Citizenship);
        json.WriteBoolean("unaccompaniedMinor", p.Unaccompanied);
        json.WriteEndObject();
        json.WriteString("region", p.Region);
        json.WriteString("exploitationForms", string.Join(';', p.Forms.Select(f => AgencyCodes.NrmForm[f])));
        json.WriteString("traffickingType", AgencyCodes.NrmTraffickingType(p.TraffickingType));
        json.WriteStartArray("services");
        foreach (var s in r.Services)
        {
            json.WriteStartObject();
            json.WriteString("type", AgencyCodes.NrmService[s.Type]);
            json.WriteString("start", Iso(s.Start));
            WriteDateOrNull(json, "end", s.End);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("decisions");
        foreach (var d in r.Decisions)
        {
            json.WriteStartObject();
            json.WriteString("kind", AgencyCodes.NrmDecision[d.Kind]);
            json.WriteString("outcome", d.Outcome == "GRANTED" ? "granted" : "refused");
            WriteStringOrNull(json, "ground", d.Ground is { } g ? AgencyCodes.NrmGround[g] : null);
            json.WriteString("date", Iso(d.Date));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void WriteDateOrNull(Utf8JsonWriter json, string name, DateOnly? date) =>
        WriteStringOrNull(json, name, date is { } d ? Iso(d) : null);

    private static void WriteStringOrNull(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}
