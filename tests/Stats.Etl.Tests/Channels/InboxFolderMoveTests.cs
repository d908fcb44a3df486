using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using Stats.Etl.Channels;

namespace Stats.Etl.Tests.Channels;

public sealed class InboxFolderMoveTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("stats-inbox-").FullName;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 3, 31, 23, 59, 59, TimeSpan.Zero));
    private readonly InboxFolder _inbox;

    public InboxFolderMoveTests() => _inbox = new InboxFolder(_root, InboxTestContract.Create(), _time);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private async Task<InboxFile> Deliver(string name, string text)
    {
        await File.WriteAllTextAsync(Path.Combine(_inbox.Path, name), text);
        await File.WriteAllTextAsync(Path.Combine(_inbox.Path, name + ".ready"), string.Empty);
        return (await _inbox.ScanAsync(CancellationToken.None)).Single(f => f.FileName == name);
    }

    [Fact]
    public async Task Archiving_files_of_the_same_name_never_overwrites_and_files_them_under_the_utc_month()
    {
        var first = await _inbox.ArchiveAsync(await Deliver("police_victims_x.csv", "first"), CancellationToken.None);
        var second = await _inbox.ArchiveAsync(await Deliver("police_victims_x.csv", "second"), CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(1));
        var third = await _inbox.ArchiveAsync(await Deliver("police_victims_x.csv", "third"), CancellationToken.None);

        first.Should().Be(Path.Combine(_inbox.Path, "archive", "2025", "03", "police_victims_x.csv"));
        second.Should().Be(Path.Combine(_inbox.Path, "archive", "2025", "03", "police_victims_x-1.csv"));
        third.Should().Be(Path.Combine(_inbox.Path, "archive", "2025", "04", "police_victims_x.csv"));
        (await File.ReadAllTextAsync(first)).Should().Be("first");
        (await File.ReadAllTextAsync(second)).Should().Be("second");
        (await File.ReadAllTextAsync(third)).Should().Be("third");
        Directory.EnumerateFiles(_inbox.Path).Should().BeEmpty();
    }

    [Fact]
    public async Task Rejecting_files_of_the_same_name_never_overwrites_and_each_keeps_its_own_reason()
    {
        var first = await _inbox.RejectAsync(await Deliver("police_victims_x.csv", "one"), "malformed_file", "Line 3 has 2 fields,\nexpected 9.", CancellationToken.None);
        var second = await _inbox.RejectAsync(await Deliver("police_victims_x.csv", "two"), "identifying_column", "Column 'name'.", CancellationToken.None);

        first.Should().Be(Path.Combine(_inbox.RejectedPath, "police_victims_x.csv"));
        second.Should().Be(Path.Combine(_inbox.RejectedPath, "police_victims_x-1.csv"));
        (await File.ReadAllTextAsync(first)).Should().Be("one");
        (await File.ReadAllTextAsync(second)).Should().Be("two");
        var firstReason = await File.ReadAllLinesAsync(first + ".reason.txt");
        firstReason.Should().Equal(
            "reason: malformed_file",
            "message: Line 3 has 2 fields, expected 9.",
            "rejected_at: 2025-03-31T23:59:59Z",
            "sha256: " + Convert.ToHexStringLower(SHA256.HashData("one"u8)),
            "contract: police-victims",
            "file: police_victims_x.csv");
        (await File.ReadAllLinesAsync(second + ".reason.txt")).Should().Contain(["reason: identifying_column", "sha256: " + Convert.ToHexStringLower(SHA256.HashData("two"u8))]);
    }

    [Fact]
    public async Task Accepting_a_push_writes_the_file_with_its_marker_so_the_next_scan_returns_it()
    {
        var body = Encoding.UTF8.GetBytes("case_ref;person_pseudonym\n1;abc\n");

        var accepted = await _inbox.AcceptAsync("police_victims_push.csv", new MemoryStream(body), maxBytes: body.Length, CancellationToken.None);

        accepted.FileName.Should().Be("police_victims_push.csv");
        accepted.Length.Should().Be(body.Length);
        accepted.Sha256.Should().Be(Convert.ToHexStringLower(SHA256.HashData(body)));
        (await File.ReadAllBytesAsync(accepted.FullPath)).Should().Equal(body);
        File.Exists(accepted.FullPath + ".ready").Should().BeTrue();
        Directory.EnumerateFiles(_inbox.Path).Select(Path.GetFileName).Should().BeEquivalentTo("police_victims_push.csv", "police_victims_push.csv.ready");
        (await _inbox.ScanAsync(CancellationToken.None)).Select(f => f.FileName).Should().Equal("police_victims_push.csv");
    }

    [Fact]
    public async Task A_second_push_of_the_same_name_gets_a_suffix_instead_of_overwriting()
    {
        var first = await _inbox.AcceptAsync("police_victims_push.csv", new MemoryStream("1"u8.ToArray()), 100, CancellationToken.None);
        var second = await _inbox.AcceptAsync("police_victims_push.csv", new MemoryStream("2"u8.ToArray()), 100, CancellationToken.None);

        second.FileName.Should().Be("police_victims_push-1.csv");
        (await File.ReadAllTextAsync(first.FullPath)).Should().Be("1");
        (await File.ReadAllTextAsync(second.FullPath)).Should().Be("2");
        File.Exists(second.FullPath + ".ready").Should().BeTrue();
    }

    [Theory]
    [InlineData("../police_victims_x.csv")]
    [InlineData("sub/police_victims_x.csv")]
    [InlineData("sub\\police_victims_x.csv")]
    [InlineData("police_victims..csv")]
    [InlineData(".police_victims_x.csv")]
    [InlineData("police_victims_x.csv.part")]
    [InlineData("police_victims_x.csv.ready")]
    [InlineData("police_victims\u0001x.csv")]
    [InlineData("police_victims\nx.csv")]
    [InlineData("")]
    [InlineData(" ")]
    public async Task Bad_names_are_refused_before_anything_is_written(string name)
    {
        var act = () => _inbox.AcceptAsync(name, new MemoryStream("x"u8.ToArray()), 100, CancellationToken.None);

        (await act.Should().ThrowAsync<ArgumentException>()).Which.Should().BeOfType<InvalidDeliveryNameException>()
            .Which.Message.Should().StartWith("Refused delivery file name");
        Directory.EnumerateFiles(_root, "*", SearchOption.AllDirectories).Should().BeEmpty();
    }

    [Fact]
    public async Task Names_are_limited_to_200_characters()
    {
        var longest = "police_victims_" + new string('a', 200 - "police_victims_.csv".Length) + ".csv";
        longest.Length.Should().Be(200);

        (await _inbox.AcceptAsync(longest, new MemoryStream("x"u8.ToArray()), 100, CancellationToken.None)).FileName.Should().Be(longest);
        var act = () => _inbox.AcceptAsync("a" + longest, new MemoryStream("x"u8.ToArray()), 100, CancellationToken.None);
        (await act.Should().ThrowAsync<InvalidDeliveryNameException>()).WithMessage("*201 characters*");
    }

    [Fact]
    public async Task An_oversize_stream_is_refused_as_too_large_leaving_nothing_behind()
    {
        // Body of 300 000 bytes against a limit of 299 999: the stream is read in chunks and stops past the limit.
        var body = new byte[300_000];
        var act = () => _inbox.AcceptAsync("police_victims_big.csv", new MemoryStream(body), maxBytes: 299_999, CancellationToken.None);

        (await act.Should().ThrowAsync<DeliveryTooLargeException>()).WithMessage("*too large*299999 bytes*");
        Directory.EnumerateFiles(_root, "*", SearchOption.AllDirectories).Should().BeEmpty();

        (await _inbox.AcceptAsync("police_victims_big.csv", new MemoryStream(body), maxBytes: 300_000, CancellationToken.None)).Length.Should().Be(300_000);
    }

    [Fact]
    public async Task A_push_cancelled_midway_leaves_nothing_behind()
    {
        using var cancel = new CancellationTokenSource();
        var stream = new CancellingStream(cancel, bytesBeforeCancel: 100_000);

        var act = () => _inbox.AcceptAsync("police_victims_cut.csv", stream, 10_000_000, cancel.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
        Directory.EnumerateFiles(_root, "*", SearchOption.AllDirectories).Should().BeEmpty();
    }
}
