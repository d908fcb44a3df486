using Microsoft.AspNetCore.OData.Query;
using Microsoft.AspNetCore.OData.Routing.Controllers;

namespace Stats.Benchmarks.OData;

/// <summary>
/// The stock .NET way to serve a table over OData: [EnableQuery] over an EF Core IQueryable, which AspNetCore.OData
/// composes $filter/$apply/... onto and EF Core translates to SQL. Public: MVC discovers only public controllers.
/// </summary>
public sealed class RegistrationsController(RegistrationContext context) : ODataController
{
    [EnableQuery(MaxTop = 1000)]
    public IQueryable<Registration> Get() => context.Registrations;
}
