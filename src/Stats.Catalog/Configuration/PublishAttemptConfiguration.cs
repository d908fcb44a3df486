using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Stats.Catalog.Entities;

namespace Stats.Catalog.Configuration;

internal sealed class PublishAttemptConfiguration : IEntityTypeConfiguration<PublishAttempt>
{
    public void Configure(EntityTypeBuilder<PublishAttempt> builder)
    {
        builder.ToTable("publish_attempts");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedOnAdd();
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(16);

        // A primitive collection: stored as a JSON array of test names, one column, no join table.
        builder.PrimitiveCollection(a => a.FailedTests);
        builder.HasOne<Vintage>()
            .WithMany()
            .HasForeignKey(a => a.VintageId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => a.AttemptedAt);
    }
}
