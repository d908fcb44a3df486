using Microsoft.EntityFrameworkCore;

namespace Stats.Benchmarks.OData;

/// <summary>EF Core over the SQLite copy written by <see cref="SqliteExport"/> (public: injected into the public controller).</summary>
public sealed class RegistrationContext(DbContextOptions<RegistrationContext> options) : DbContext(options)
{
    public DbSet<Registration> Registrations => Set<Registration>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Registration>(e =>
        {
            e.ToTable("registration");
            e.HasKey(r => r.RegistrationKey);
            e.HasIndex(r => new { r.Year, r.SexCode, r.PersonKey }).HasDatabaseName("ix_registration_year_sex_person");
            e.Property(r => r.RegistrationKey).HasColumnName("registration_key");
            e.Property(r => r.DateKey).HasColumnName("date_key");
            e.Property(r => r.Year).HasColumnName("year");
            e.Property(r => r.PersonKey).HasColumnName("person_key");
            e.Property(r => r.VictimStatusCode).HasColumnName("victim_status_code");
            e.Property(r => r.SexCode).HasColumnName("sex_code");
            e.Property(r => r.AgeGroupCode).HasColumnName("age_group_code");
            e.Property(r => r.CitizenshipGroupCode).HasColumnName("citizenship_group_code");
            e.Property(r => r.RegionCode).HasColumnName("region_code");
            e.Property(r => r.MainFormCode).HasColumnName("main_form_code");
        });
    }
}
