using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Stats.Catalog.Entities;

namespace Stats.Catalog.Configuration;

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        builder.ToTable("api_keys");
        builder.HasKey(k => k.Id);
        builder.Property(k => k.Id).ValueGeneratedOnAdd();
        builder.Property(k => k.Name).HasMaxLength(100);
        builder.Property(k => k.Role).HasConversion<string>().HasMaxLength(16);
        builder.Property(k => k.KeyHash).HasMaxLength(64).IsFixedLength();

        // A primitive collection: a JSON array on SQLite, text[] on PostgreSQL; a key holds a handful of contract ids.
        builder.PrimitiveCollection(k => k.Contracts);

        // A revoked name stays taken: a log line naming a key must always mean the same holder.
        builder.HasIndex(k => k.Name).IsUnique();

        // Every authenticated request looks its key up by hash.
        builder.HasIndex(k => k.KeyHash).IsUnique();
    }
}
