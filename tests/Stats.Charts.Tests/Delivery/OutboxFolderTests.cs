using System.Text;
using MimeKit;
using SkiaSharp;
using Stats.Charts.Delivery;

namespace Stats.Charts.Tests.Delivery;

public sealed class OutboxFolderTests : IDisposable
{
    private static readonly byte[] ChartA = PackMessages.Png(SKColors.SteelBlue, 120);
    private static readonly byte[] ChartB = PackMessages.Png(SKColors.DarkOrange, 160);
    private static readonly byte[] Html = Encoding.UTF8.GetBytes("<!doctype html><p>Oktober – Menschenhandel</p>");
    private readonly string _root = Directory.CreateTempSubdirectory("stats-outbox-").FullName;

    [Fact]
    public async Task Issue_6_the_outbox_holds_message_eml_that_reads_back_identically_and_the_files()
    {
        var message = PackMessages.Build("Monatspaket Oktober 2025", ChartA, ChartB, Html, "Minister <office@interior.example>");

        var folder = await OutboxFolder.WriteAsync(_root, "ministry", "2025-10", "ministers-office", message, [("pack.html", Html), ("victims.png", ChartA)], CancellationToken.None);

        folder.Should().Be(Path.Combine(_root, "2025-10", "ministry", "ministers-office"));
        Directory.GetFileSystemEntries(folder).Select(Path.GetFileName).Should().BeEquivalentTo("message.eml", "pack.html", "victims.png");
        File.ReadAllBytes(Path.Combine(folder, "pack.html")).Should().Equal(Html);
        File.ReadAllBytes(Path.Combine(folder, "victims.png")).Should().Equal(ChartA);
        Directory.GetFileSystemEntries(Path.Combine(_root, "2025-10", "ministry")).Should().ContainSingle("no temporary folder is left behind");

        using var original = new MemoryStream();
        await message.WriteToAsync(original);
        File.ReadAllBytes(Path.Combine(folder, "message.eml")).Should().Equal(original.ToArray());
        var loaded = await MimeMessage.LoadAsync(Path.Combine(folder, "message.eml"));
        loaded.MessageId.Should().Be(message.MessageId);
        loaded.Subject.Should().Be("Monatspaket Oktober 2025");
        loaded.To.Mailboxes.Single().Address.Should().Be("office@interior.example");
        loaded.HtmlBody.Should().Be(message.HtmlBody);
        loaded.BodyParts.OfType<MimePart>().Where(p => p.ContentType.IsMimeType("image", "png")).Select(p => (p.ContentId, PackMessages.Decoded(p)))
            .Should().BeEquivalentTo(new[] { ("victims-by-month@pack", ChartA), ("prosecutions@pack", ChartB) });
        PackMessages.Decoded(loaded.Attachments.OfType<MimePart>().Single()).Should().Equal(Html);
    }

    [Fact]
    public async Task Issue_6_a_previous_folder_is_replaced_only_by_a_complete_new_one()
    {
        var first = PackMessages.Build("first", ChartA, ChartB, Html, "a@b.example");
        var folder = await OutboxFolder.WriteAsync(_root, "ministry", "2025-10", "press", first, [("a.png", ChartA), ("b.png", ChartB)], CancellationToken.None);

        // The second write fails after message.eml and one file are written: the first folder must stay as it was.
        var second = PackMessages.Build("second", ChartB, ChartA, Html, "a@b.example");
        var failing = () => OutboxFolder.WriteAsync(_root, "ministry", "2025-10", "press", second, FailAfterOneFile(), CancellationToken.None);
        await failing.Should().ThrowAsync<IOException>().WithMessage("disk full (simulated)");
        Directory.GetFileSystemEntries(folder).Select(Path.GetFileName).Should().BeEquivalentTo("message.eml", "a.png", "b.png");
        (await MimeMessage.LoadAsync(Path.Combine(folder, "message.eml"))).Subject.Should().Be("first");
        File.ReadAllBytes(Path.Combine(folder, "b.png")).Should().Equal(ChartB);
        Directory.GetFileSystemEntries(Path.Combine(_root, "2025-10", "ministry")).Should().ContainSingle("the half-written folder is removed");

        // A complete second write replaces the folder as a whole: nothing of the first remains.
        await OutboxFolder.WriteAsync(_root, "ministry", "2025-10", "press", second, [("c.png", ChartA)], CancellationToken.None);
        Directory.GetFileSystemEntries(folder).Select(Path.GetFileName).Should().BeEquivalentTo("message.eml", "c.png");
        (await MimeMessage.LoadAsync(Path.Combine(folder, "message.eml"))).Subject.Should().Be("second");
        Directory.GetFileSystemEntries(Path.Combine(_root, "2025-10", "ministry")).Should().ContainSingle();
    }

    [Theory]
    [InlineData("Ministry of Interior / Minister's office", "ministry-of-interior-ministers-office")]
    [InlineData("Žena a dítě – NGO (Brno)", "zena-a-dite-ngo-brno")]
    [InlineData("../../etc/passwd", "etc-passwd")]
    [InlineData("C:\\Windows\\system32", "c-windows-system32")]
    [InlineData("  ", "recipient")]
    [InlineData("Президент", "recipient")]
    public void Issue_6_a_recipient_slug_is_a_safe_folder_name(string name, string slug) => OutboxFolder.Slug(name).Should().Be(slug);

    [Fact]
    public async Task Issue_6_unsafe_path_parts_and_file_names_are_refused_before_anything_is_written()
    {
        var message = PackMessages.Build("x", ChartA, ChartB, Html, "a@b.example");
        var cases = new Func<Task>[]
        {
            () => OutboxFolder.WriteAsync(_root, "../ministry", "2025-10", "press", message, [], CancellationToken.None),
            () => OutboxFolder.WriteAsync(_root, "ministry", "2025-13", "press", message, [], CancellationToken.None),
            () => OutboxFolder.WriteAsync(_root, "ministry", "2025-10", "Minister's office", message, [], CancellationToken.None),
            () => OutboxFolder.WriteAsync(_root, "ministry", "2025-10", "..", message, [], CancellationToken.None),
            () => OutboxFolder.WriteAsync(_root, "ministry", "2025-10", "press", message, [("../evil.png", ChartA)], CancellationToken.None),
            () => OutboxFolder.WriteAsync(_root, "ministry", "2025-10", "press", message, [("message.eml", ChartA)], CancellationToken.None),
            () => OutboxFolder.WriteAsync(_root, "ministry", "2025-10", "press", message, [("a.png", ChartA), ("A.png", ChartB)], CancellationToken.None),
        };
        foreach (var write in cases)
        {
            await write.Should().ThrowAsync<ArgumentException>();
        }

        Directory.GetFiles(_root, "*", SearchOption.AllDirectories).Should().BeEmpty();
        Directory.Exists(Path.Combine(_root, "2025-10", "ministry", "press")).Should().BeFalse();
    }

    private static IEnumerable<(string Name, byte[] Content)> FailAfterOneFile()
    {
        yield return ("a.png", ChartB);
        throw new IOException("disk full (simulated)");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
