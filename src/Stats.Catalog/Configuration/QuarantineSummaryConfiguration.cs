using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Stats.Catalog.Entities;

namespace Stats.Catalog.Configuration;

internal sealed class QuarantineSummaryConfiguration : IEntityTypeConfiguration<QuarantineSummary>
{
    public void Configure(EntityTypeBuilder<QuarantineSummary> builder)
    {
        builder.ToTable("quarantine_summaries");
        builder.HasKey(q => q.Id);
        builder.Property(q => q.Id).ValueGeneratedOnAdd();
        builder.Property(q => q.Entity).HasMaxLength(64);
        builder.Property(q => q.RuleCode).HasMaxLength(64);
        builder.Property(q => q.ColumnName).HasMaxLength(200);
        builder.HasIndex(q => q.RuleCode);
    }
}
