using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.OData;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OData.ModelBuilder;

namespace Stats.Benchmarks.OData;

/// <summary>
/// The stock reference server: Microsoft.AspNetCore.OData 9.5.0 controllers over EF Core 10 + SQLite, set up as its
/// documentation shows (convention model, AddOData with the query features, a pooled read-only, no-tracking DbContext).
/// </summary>
internal static class EfODataServer
{
    public const string EntitySet = "Registrations";

    public static async Task<LoopbackServer> StartAsync(string sqlitePath, CancellationToken ct)
    {
        var builder = LoopbackServer.CreateBuilder();
        builder.Services.AddDbContextPool<RegistrationContext>(o => o
            .UseSqlite($"Data Source={sqlitePath};Mode=ReadOnly")
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking));
        var model = new ODataConventionModelBuilder();
        model.EntitySet<Registration>(EntitySet).EntityType.HasKey(r => r.RegistrationKey);
        builder.Services.AddControllers().AddOData(o =>
        {
            o.TimeZone = TimeZoneInfo.Utc;
            o.EnableQueryFeatures(1000);
            o.AddRouteComponents("odata", model.GetEdmModel());
        });
        var app = builder.Build();
        app.MapControllers();
        return await LoopbackServer.StartAsync(app, "odata", ct);
    }
}
