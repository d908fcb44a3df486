using Stats.Core.Estimation;

namespace Stats.Core.Tests.Estimation;

/// <summary>
/// Overlap tables published with log-linear capture–recapture estimates, written in the order the literature (and
/// Rcapture's histpos.t) lists capture histories: 11…1 first, then decreasing binary, list 1 the leftmost digit.
/// </summary>
internal static class PublishedTables
{
    /// <summary>
    /// Darroch, Fienberg, Glonek and Junker (1993), "A three-sample multiple-recapture approach to census population
    /// estimation with heterogeneous catchability", JASA 88, 1137–1148: stratum R3 of the 1988 St Louis census dress
    /// rehearsal (census, post-enumeration survey, administrative list). Re-analysed in Rivest (2011), Int. J. Biostat. 7(1).
    /// </summary>
    public static OverlapTable DarrochR3 => FromHistories(["Census", "PES", "Admin"], [72, 155, 7, 71, 13, 53, 43]);

    /// <summary>
    /// Bruno, LaPorte, Merletti, Biggeri, McCarty and Pagano (1994), "National diabetes programmes: application of
    /// capture-recapture to 'count' diabetes?", Diabetes Care 17, 548–556: four sources of insulin-treated diabetes in
    /// Casale Monferrato (Italy); re-analysed in Rivest (2011).
    /// </summary>
    public static OverlapTable BrunoDiabetes =>
        FromHistories(["Diabetic clinic", "GP", "Hospital", "Prescriptions"], [58, 157, 18, 104, 46, 650, 12, 709, 14, 20, 7, 74, 8, 182, 10]);

    /// <summary>
    /// Cormack, Chang and Smith (2000), "Estimating deaths from industrial injury by capture-recapture: a cautionary
    /// tale", Int. J. Epidemiol. 29, 1053–1059, Table 3b (three lists: death records, NTOF, WCC).
    /// </summary>
    public static OverlapTable CormackThreeLists => FromHistories(["Deaths", "NTOF", "WCC"], [72, 5, 29, 54, 24, 3, 14]);

    /// <summary>The same study, Table 3a (four lists: death records, NTOF, WCC, MOSH).</summary>
    public static OverlapTable CormackFourLists =>
        FromHistories(["Deaths", "NTOF", "WCC", "MOSH"], [72, 5, 29, 53, 24, 3, 12, 14, 0, 0, 0, 1, 0, 0, 2]);

    /// <summary>Counts in the published order 11…1, 11…10, …, 0…01 (list 1 = most significant digit).</summary>
    public static OverlapTable FromHistories(string[] lists, long[] counts)
    {
        var k = lists.Length;
        counts.Should().HaveCount((1 << k) - 1);
        var persons = new Dictionary<int, long>();
        for (var r = 0; r < counts.Length; r++)
        {
            var history = (1 << k) - 1 - r;
            var mask = 0;
            for (var j = 0; j < k; j++)
            {
                if ((history & (1 << (k - 1 - j))) != 0)
                {
                    mask |= 1 << j;
                }
            }

            persons[mask] = counts[r];
        }

        return new OverlapTable(lists, persons);
    }
}
