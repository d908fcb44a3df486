using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Stats.Catalog.Entities;

namespace Stats.Catalog.Configuration;

internal sealed class JobRunConfiguration : IEntityTypeConfiguration<JobRun>
{
    public void Configure(EntityTypeBuilder<JobRun> builder)
    {
        builder.ToTable("job_runs");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedOnAdd();
        builder.Property(r => r.JobName).HasMaxLength(100);
        builder.Property(r => r.Trigger).HasMaxLength(32);
        builder.Property(r => r.FireInstanceId).HasMaxLength(64);
        builder.Property(r => r.Outcome).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Message).HasMaxLength(JobRunRules.MessageLength);
        builder.Property(r => r.InstanceId).HasMaxLength(100);

        // One row per attempt of one firing: a second "started" for the same attempt is a bug, not a new run.
        builder.HasIndex(r => new { r.FireInstanceId, r.Attempt }).IsUnique();

        // "Latest runs" (newest first), "runs of one job" and "what is running" (on which node).
        builder.HasIndex(r => r.StartedAt);
        builder.HasIndex(r => new { r.JobName, r.StartedAt });
        builder.HasIndex(r => new { r.Outcome, r.InstanceId });
    }
}
