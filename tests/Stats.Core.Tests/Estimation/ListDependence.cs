namespace Stats.Core.Tests.Estimation;

/// <summary>List <paramref name="Dependent"/> (after <paramref name="Source"/> in list order) has probability <paramref name="IfOnSource"/> for persons on <paramref name="Source"/>.</summary>
internal readonly record struct ListDependence(int Source, int Dependent, double IfOnSource);
