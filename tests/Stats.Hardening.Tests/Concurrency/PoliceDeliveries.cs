using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Stats.Hardening.Tests.Concurrency;

/// <summary>
/// The deliveries that make each vintage differ in a known way: vintage 1 is <see cref="BasePersons"/> persons identified by
/// the police in 2025, and every later vintage adds a delivery of <see cref="PersonsPerVintage"/> new persons. So vintage v
/// has <see cref="RegisteredVictims"/>(v) registered victims in 2025 (V04's annual total, and the persons of the 2025
/// person-year facts), a figure no other vintage has. Written in the police-victims contract's format (';', dd.MM.yyyy).
/// </summary>
internal static class PoliceDeliveries
{
    public const int BasePersons = 40;
    public const int PersonsPerVintage = 3;

    public static int RegisteredVictims(int vintage) => BasePersons + (PersonsPerVintage * (vintage - 1));

    /// <summary>The delivery that makes <paramref name="vintage"/> (all base persons for vintage 1), as a file in the folder.</summary>
    public static string Write(string folder, int vintage)
    {
        var text = new StringBuilder("case_ref;person_pseudonym;detected_on;identified_on;victim_category;gender;age;nationality;district_nuts;exploitation;sector;cross_border\n");
        var persons = vintage == 1 ? BasePersons : PersonsPerVintage;
        for (var i = 0; i < persons; i++)
        {
            var key = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"issue-10-concurrency-{vintage}-{i}")));
            text.Append(CultureInfo.InvariantCulture,
                $"PK-2025-V{vintage:00}-{i:000};{key};{(i % 27) + 1:00}.{(i % 12) + 1:00}.2025;;identified;{(i % 3 == 0 ? "m" : "w")};{20 + (i % 30)};RO;AT130;sexual;;yes\n");
        }

        var path = Path.Combine(folder, $"police_victims_v{vintage:00}.csv");
        File.WriteAllText(path, text.ToString());
        return path;
    }
}
