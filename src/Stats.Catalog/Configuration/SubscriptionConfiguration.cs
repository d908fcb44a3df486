using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Stats.Catalog.Entities;

namespace Stats.Catalog.Configuration;

internal sealed class SubscriptionConfiguration : IEntityTypeConfiguration<Subscription>
{
    public void Configure(EntityTypeBuilder<Subscription> builder)
    {
        builder.ToTable("subscriptions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedOnAdd();
        builder.Property(s => s.Name).HasMaxLength(100);
        builder.Property(s => s.Email).HasMaxLength(320);
        builder.Property(s => s.Role).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.PackId).HasMaxLength(100);

        // The name is how operators and `stats pack --recipient` address a subscription.
        builder.HasIndex(s => s.Name).IsUnique();

        // A pack run lists the active recipients of one pack.
        builder.HasIndex(s => new { s.PackId, s.Active });
    }
}
