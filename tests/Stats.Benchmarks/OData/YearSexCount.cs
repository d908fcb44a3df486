namespace Stats.Benchmarks.OData;

/// <summary>One group of the benchmark query "registrations by year and sex": rows and distinct persons.</summary>
internal sealed record YearSexCount(int Year, string SexCode, long Registrations, long Persons);
