using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Stats.Catalog.Entities;

namespace Stats.Catalog.Configuration;

internal sealed class VintageConfiguration : IEntityTypeConfiguration<Vintage>
{
    public void Configure(EntityTypeBuilder<Vintage> builder)
    {
        builder.ToTable("vintages");
        builder.HasKey(v => v.Id);

        // The warehouse numbers its vintages; the catalog only mirrors them.
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.FileName).HasMaxLength(500);
        builder.HasIndex(v => v.PublishedAt);
    }
}
