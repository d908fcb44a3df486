namespace Stats.Catalog.Jobs;

/// <summary>The trigger names the scheduler records (the column takes any name up to 32 characters).</summary>
public static class JobRunTriggers
{
    public const string Cron = "cron";
    public const string Manual = "manual";
    public const string CatchUp = "catch-up";
    public const string Retry = "retry";
    public const string Recovery = "recovery";
    public const string AfterDelivery = "after-delivery";
    public const string AfterPublish = "after-publish";
    public const string Inbox = "inbox";
    public const string Upload = "upload";
}
