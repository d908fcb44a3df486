namespace Stats.Hardening.Tests.Fuzz;

/// <summary>What the checks looked at, counted as they ran (fields for Interlocked): the figures the test prints and asserts on.</summary>
internal sealed class FuzzFigures
{
    public int Pages;
    public int FullPages;
    public int MaxPageRows;
    public int ApplyResults;
    public int MaxApplyRows;
    public int PublicRowsChecked;
    public int PublicValuesChecked;
    public int PublicSuppressedCells;
    public int KeyedSmallValues;
    public int OverLimit;
    public int OverLimitAnswered414;

    public void Max(ref int field, int value)
    {
        int seen;
        while (value > (seen = Volatile.Read(ref field)) && Interlocked.CompareExchange(ref field, value, seen) != seen)
        {
        }
    }
}
