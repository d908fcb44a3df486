using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Stats.Catalog.Entities;

namespace Stats.Catalog.Configuration;

internal sealed class PackDeliveryConfiguration : IEntityTypeConfiguration<PackDelivery>
{
    public void Configure(EntityTypeBuilder<PackDelivery> builder)
    {
        builder.ToTable("pack_deliveries");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedOnAdd();
        builder.Property(d => d.PackId).HasMaxLength(100);
        builder.Property(d => d.Month).HasMaxLength(7);
        builder.Property(d => d.RecipientName).HasMaxLength(100);
        builder.Property(d => d.RecipientEmail).HasMaxLength(320);
        builder.Property(d => d.Role).HasConversion<string>().HasMaxLength(16);
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(d => d.SmtpMessageId).HasMaxLength(500);
        builder.Property(d => d.OutboxPath).HasMaxLength(1000);
        builder.Property(d => d.ErrorMessage).HasMaxLength(2000);

        // Removing a subscription keeps the history: the copied name and address still say who got what.
        builder.HasOne<Subscription>()
            .WithMany()
            .HasForeignKey(d => d.SubscriptionId)
            .OnDelete(DeleteBehavior.SetNull);

        // "Last month's baseline": the newest successful delivery of a pack before a month.
        builder.HasIndex(d => new { d.PackId, d.Month });
    }
}
