namespace Stats.Etl.Synthetic;

/// <summary>
/// Which agencies register each person. Quotas rather than independent draws keep the repeat share (registrations −
/// persons) near 8 % for every seed: a few persons at three agencies, some at two, a few twice at one agency, and
/// the good rows of the dirty row-rules file (three new persons, three new police registrations of known persons).
/// </summary>
internal static class RegistrationPlan
{
    public static List<List<(string Agency, bool InRowRulesFile)>> Create(int persons, Random random)
    {
        var three = Math.Max(1, (int)Math.Round(persons * 0.008));
        var two = (int)Math.Round(persons * 0.055);
        var sameTwice = Math.Max(2, (int)Math.Round(persons * 0.012));
        var rowRulesNew = persons >= 50 ? 3 : 1;
        var rowRulesExisting = persons >= 50 ? 3 : 1;

        var plans = new List<List<(string, bool)>>(persons);
        for (var i = 0; i < persons; i++)
        {
            List<(string, bool)> plan;
            if (i < three)
            {
                plan = [("POL", false), ("NRM", false), ("NGO1", false)];
            }
            else if (i < three + two)
            {
                plan = [.. random.Weighted(Distributions.AgencyPairs).Select(a => (a, false))];
            }
            else if (i < three + two + sameTwice)
            {
                var agency = random.Weighted(Distributions.HomeAgency);
                plan = [(agency, false), (agency, false)];
            }
            else if (i < three + two + sameTwice + rowRulesNew)
            {
                plan = [("POL", true)];
            }
            else
            {
                plan = [(random.Weighted(Distributions.HomeAgency), false)];
            }

            plans.Add(plan);
        }

        // Known persons who reappear in the row-rules delivery: single-agency persons, so the repeat is visible.
        var singles = Enumerable.Range(three + two + sameTwice + rowRulesNew, persons - (three + two + sameTwice + rowRulesNew)).ToArray();
        random.Shuffle(singles);
        foreach (var index in singles.Take(rowRulesExisting))
        {
            plans[index].Add(("POL", true));
        }

        // Persons are numbered in plan order; shuffle so that plan kind does not correlate with person number.
        var shuffled = plans.ToArray();
        random.Shuffle(shuffled);
        return [.. shuffled];
    }
}
