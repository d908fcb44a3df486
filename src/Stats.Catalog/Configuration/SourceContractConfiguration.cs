using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Stats.Catalog.Entities;

namespace Stats.Catalog.Configuration;

internal sealed class SourceContractConfiguration : IEntityTypeConfiguration<SourceContract>
{
    public void Configure(EntityTypeBuilder<SourceContract> builder)
    {
        builder.ToTable("source_contracts");
        builder.HasKey(c => c.ContractId);
        builder.Property(c => c.ContractId).HasMaxLength(100);
        builder.Property(c => c.SourceCode).HasMaxLength(32);
    }
}
