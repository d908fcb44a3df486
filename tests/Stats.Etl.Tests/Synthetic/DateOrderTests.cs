using System.Globalization;
using System.Text.Json;

namespace Stats.Etl.Tests.Synthetic;

/// <summary>Dates follow each process: registration ≤ identification, services and decisions after registration, suspected ≤ indicted ≤ decision.</summary>
public sealed class DateOrderTests(GeneratedYear year) : IClassFixture<GeneratedYear>
{
    private static DateOnly Iso(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly German(string text) => DateOnly.ParseExact(text, "dd.MM.yyyy", CultureInfo.InvariantCulture);

    [Fact]
    public void Victim_and_social_care_dates_are_ordered()
    {
        foreach (var row in DeliveryTable.ReadCsv(year.Path("clean/police_victims_2024.csv"), ';').Rows.Where(r => ((string)r["identified_on"]!).Length > 0))
        {
            German((string)row["identified_on"]!).Should().BeOnOrAfter(German((string)row["detected_on"]!));
        }

        DeliveryTable.ReadJson(year.Path("clean/nrm_cases_2024.json"), "cases", out var cases);
        foreach (var c in cases)
        {
            var registered = Iso(c.GetProperty("referral").GetProperty("date").GetString()!);
            if (c.GetProperty("identification").GetProperty("decisionDate").ValueKind == JsonValueKind.String)
            {
                Iso(c.GetProperty("identification").GetProperty("decisionDate").GetString()!).Should().BeOnOrAfter(registered);
            }

            foreach (var service in c.GetProperty("services").EnumerateArray())
            {
                var start = Iso(service.GetProperty("start").GetString()!);
                start.Should().BeOnOrAfter(registered);
                if (service.GetProperty("end").ValueKind == JsonValueKind.String)
                {
                    Iso(service.GetProperty("end").GetString()!).Should().BeOnOrAfter(start);
                }
            }

            foreach (var decision in c.GetProperty("decisions").EnumerateArray())
            {
                Iso(decision.GetProperty("date").GetString()!).Should().BeOnOrAfter(registered);
                if (decision.GetProperty("kind").GetString() is "reflection_period")
                {
                    c.GetProperty("person").GetProperty("citizenship").GetString().Should().NotBe("AT");
                }
            }
        }

        foreach (var row in DeliveryTable.ReadCsv(year.Path("clean/ngo_htcds_2024.csv"), ',').Rows.Where(r => ((string)r["spl_ActualEndDate"]!).Length > 0))
        {
            Iso((string)row["spl_ActualEndDate"]!).Should().BeOnOrAfter(Iso((string)row["cas_IncomingReferralDate"]!));
        }
    }

    [Fact]
    public void Justice_dates_are_ordered_per_person()
    {
        var suspected = DeliveryTable.ReadCsv(year.Path("clean/police_suspects_2024.csv"), ';').Rows
            .GroupBy(r => (string)r["suspect_pseudonym"]!).ToDictionary(g => g.Key, g => g.Min(r => German((string)r["registered_on"]!)));
        var indicted = DeliveryTable.ReadCsv(year.Path("clean/prosecution_persons_2024.csv"), ',').Rows
            .Select(r => (Key: (string)r["accused_pseudonym"]!, Date: Iso((string)r["indicted_on"]!))).ToList();
        foreach (var (key, date) in indicted)
        {
            suspected[key].Should().BeOnOrBefore(date);
        }

        var courts = DeliveryTable.ReadXlsx(year.Path("clean/courts_decisions_2024.xlsx"), "Entscheidungen").Rows;
        foreach (var row in courts)
        {
            var charged = DateOnly.FromDateTime((DateTime)row["Anklagedatum"]!);
            DateOnly.FromDateTime((DateTime)row["Urteilsdatum"]!).Should().BeOnOrAfter(charged);
            indicted.Should().Contain(((string)row["Personen-ID"]!, charged), "the court's charge date is the prosecution's indictment");
            if ((string?)row["Urteil"] == "freispruch")
            {
                row["Strafart"].Should().BeNull();
            }
        }

        courts.Should().Contain(r => r["Entschädigung_EUR"] != null, "some convictions award compensation");
    }
}
