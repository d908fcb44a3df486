namespace Stats.Benchmarks.OData;

/// <summary>The EF Core entity of the stock reference (public: AspNetCore.OData's controller and model builder need it).</summary>
public sealed class Registration
{
    public long RegistrationKey { get; set; }
    public int DateKey { get; set; }
    public int Year { get; set; }
    public long PersonKey { get; set; }
    public string VictimStatusCode { get; set; } = "";
    public string SexCode { get; set; } = "";
    public string AgeGroupCode { get; set; } = "";
    public string CitizenshipGroupCode { get; set; } = "";
    public string RegionCode { get; set; } = "";
    public string MainFormCode { get; set; } = "";
}
