using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Stats.Catalog.Entities;

namespace Stats.Catalog.Configuration;

internal sealed class PullStateConfiguration : IEntityTypeConfiguration<PullState>
{
    public void Configure(EntityTypeBuilder<PullState> builder)
    {
        builder.ToTable("pull_states");
        builder.HasKey(p => new { p.ContractId, p.Url });
        builder.Property(p => p.ContractId).HasMaxLength(100);
        builder.Property(p => p.Url).HasMaxLength(2000);

        // RFC 9110 puts no limit on an entity tag; servers send short ones, 500 leaves room.
        builder.Property(p => p.ETag).HasMaxLength(500).HasColumnName("etag");
        builder.Property(p => p.LastContentSha256).HasMaxLength(64).IsFixedLength();
    }
}
