using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Stats.Catalog.Entities;

namespace Stats.Catalog.Configuration;

internal sealed class DeliveryConfiguration : IEntityTypeConfiguration<Delivery>
{
    public void Configure(EntityTypeBuilder<Delivery> builder)
    {
        builder.ToTable("deliveries");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedOnAdd();
        builder.Property(d => d.ContractId).HasMaxLength(100);
        builder.Property(d => d.SourceCode).HasMaxLength(32);
        builder.Property(d => d.FileName).HasMaxLength(500);
        builder.Property(d => d.ContentSha256).HasMaxLength(64).IsFixedLength();
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(d => d.RefusalReason).HasMaxLength(64);

        // Duplicate detection and reconciliation look deliveries up by content hash; it is not unique
        // because a refused or duplicate file is recorded again each time it arrives.
        builder.HasIndex(d => d.ContentSha256);
        builder.HasIndex(d => d.ReceivedAt);
        builder.HasIndex(d => d.Status);

        builder.HasMany(d => d.Quarantine)
            .WithOne()
            .HasForeignKey(q => q.DeliveryId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}
