using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using Stats.Etl.Channels;

namespace Stats.Etl.Tests.Channels;

public sealed class InboxFolderScanTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2025, 3, 10, 6, 15, 0, TimeSpan.Zero);
    private readonly string _root = Directory.CreateTempSubdirectory("stats-inbox-").FullName;
    private readonly FakeTimeProvider _time = new(Start);
    private readonly InboxFolder _inbox;

    public InboxFolderScanTests() => _inbox = new InboxFolder(_root, InboxTestContract.Create(), _time);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Put(string name, string text)
    {
        var path = Path.Combine(_inbox.Path, name);
        File.WriteAllText(path, text);
        return path;
    }

    private Task<IReadOnlyList<InboxFile>> Scan() => _inbox.ScanAsync(CancellationToken.None);

    [Fact]
    public void The_inbox_and_its_archive_and_rejected_folders_are_created_under_the_contract_id()
    {
        _inbox.Path.Should().Be(Path.Combine(_root, "police-victims"));
        Directory.Exists(Path.Combine(_root, "police-victims", "archive")).Should().BeTrue();
        Directory.Exists(Path.Combine(_root, "police-victims", "rejected")).Should().BeTrue();
    }

    [Fact]
    public async Task A_file_written_slowly_in_chunks_is_not_returned_while_it_grows_and_is_returned_once_stable()
    {
        var path = Path.Combine(_inbox.Path, "police_victims_2025-03.csv");
        var writeNext = new SemaphoreSlim(0);
        var written = new SemaphoreSlim(0);
        var chunk = Encoding.UTF8.GetBytes(new string('x', 1000) + "\n");
        var writer = Task.Run(async () =>
        {
            var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.ReadWrite);
            await using (stream)
            {
                for (var i = 0; i < 4; i++)
                {
                    await writeNext.WaitAsync();
                    await stream.WriteAsync(chunk);
                    await stream.FlushAsync();
                    written.Release();
                }
            }
        });

        for (var i = 0; i < 4; i++)
        {
            writeNext.Release();
            (await written.WaitAsync(TimeSpan.FromSeconds(10))).Should().BeTrue();
            (await Scan()).Should().BeEmpty($"the file is still growing after chunk {i + 1}");
            if (i < 3)
            {
                // Far longer than StableFor passes between scans; the size still differs, so it is not stable.
                _time.Advance(TimeSpan.FromSeconds(30));
            }
        }

        await writer;
        (await Scan()).Should().BeEmpty("the final size was first seen by the previous scan, at the same instant");
        _time.Advance(TimeSpan.FromSeconds(9.999));
        (await Scan()).Should().BeEmpty("the final size has been seen for less than 10 s");
        _time.Advance(TimeSpan.FromMilliseconds(1));

        var ready = await Scan();

        ready.Should().ContainSingle().Which.Should().Match<InboxFile>(f => f.FileName == "police_victims_2025-03.csv" && f.Length == 4 * 1001 && f.FullPath == path);
    }

    [Fact]
    public async Task A_ready_marker_makes_a_file_ready_at_the_first_scan_and_archiving_removes_the_marker()
    {
        Put("police_victims_a.csv", "a");
        Put("police_victims_a.csv.ready", string.Empty);
        Put("police_victims_b.csv", "b");

        var ready = await Scan();

        ready.Select(f => f.FileName).Should().Equal("police_victims_a.csv");
        await _inbox.ArchiveAsync(ready[0], CancellationToken.None);
        File.Exists(Path.Combine(_inbox.Path, "police_victims_a.csv.ready")).Should().BeFalse();
    }

    [Fact]
    public async Task After_a_restart_the_first_scan_only_observes()
    {
        Put("police_victims_a.csv", "a");
        (await Scan()).Should().BeEmpty();
        _time.Advance(TimeSpan.FromMinutes(5));
        var restarted = new InboxFolder(_root, InboxTestContract.Create(), _time);

        (await restarted.ScanAsync(CancellationToken.None)).Should().BeEmpty();
        (await Scan()).Should().ContainSingle("the first instance saw the same file five minutes ago");
        _time.Advance(TimeSpan.FromSeconds(10));
        (await restarted.ScanAsync(CancellationToken.None)).Should().ContainSingle();
    }

    [Fact]
    public async Task Ready_files_come_oldest_first()
    {
        var newer = Put("police_victims_1.csv", "1");
        var older = Put("police_victims_2.csv", "2");
        File.SetLastWriteTimeUtc(newer, new DateTime(2025, 3, 9, 12, 0, 0, DateTimeKind.Utc));
        File.SetLastWriteTimeUtc(older, new DateTime(2025, 3, 8, 12, 0, 0, DateTimeKind.Utc));
        Put("police_victims_1.csv.ready", string.Empty);
        Put("police_victims_2.csv.ready", string.Empty);

        (await Scan()).Select(f => f.FileName).Should().Equal("police_victims_2.csv", "police_victims_1.csv");
    }

    [Fact]
    public async Task Hidden_partial_temporary_marker_and_tilde_files_and_subfolders_are_never_returned_nor_rejected()
    {
        string[] ignored = [".police_victims_x.csv", "police_victims_x.csv.part", "police_victims_x.csv.tmp", "orphan.ready", "~$police_victims_x.csv", "police_victims_x.csv~"];
        foreach (var name in ignored)
        {
            Put(name, "x");
            Put(name + ".ready", string.Empty);
        }

        Directory.CreateDirectory(Path.Combine(_inbox.Path, "police_victims_dir.csv"));

        (await Scan()).Should().BeEmpty();
        _time.Advance(TimeSpan.FromMinutes(1));
        (await Scan()).Should().BeEmpty();

        foreach (var name in ignored)
        {
            File.Exists(Path.Combine(_inbox.Path, name)).Should().BeTrue(name + " stays where it is");
        }

        Directory.EnumerateFileSystemEntries(_inbox.RejectedPath).Should().BeEmpty();
    }

    [Fact]
    public async Task A_ready_file_whose_name_breaks_the_pattern_lands_in_rejected_with_a_reason_file()
    {
        var content = "case_ref;person_pseudonym\n1;abc\n";
        Put("victims_march.csv", content);
        Put("victims_march.csv.ready", string.Empty);

        (await Scan()).Should().BeEmpty();

        var rejected = Path.Combine(_inbox.RejectedPath, "victims_march.csv");
        File.ReadAllText(rejected).Should().Be(content);
        File.Exists(Path.Combine(_inbox.Path, "victims_march.csv")).Should().BeFalse();
        File.Exists(Path.Combine(_inbox.Path, "victims_march.csv.ready")).Should().BeFalse();
        var reason = File.ReadAllLines(rejected + ".reason.txt");
        reason.Should().Contain("reason: file_name_pattern");
        reason.Should().Contain("rejected_at: 2025-03-10T06:15:00Z");
        reason.Should().Contain("sha256: " + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content))));
        reason.Should().Contain("contract: police-victims");
        reason.Should().Contain(l => l.StartsWith("message: ", StringComparison.Ordinal) && l.Contains("police_victims_*.csv", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_misnamed_file_still_being_written_is_not_moved_until_it_is_stable()
    {
        Put("victims.csv", "growing");
        (await Scan()).Should().BeEmpty();
        File.Exists(Path.Combine(_inbox.Path, "victims.csv")).Should().BeTrue();

        _time.Advance(TimeSpan.FromSeconds(10));
        (await Scan()).Should().BeEmpty();

        File.Exists(Path.Combine(_inbox.RejectedPath, "victims.csv")).Should().BeTrue();
    }

    [Fact]
    public async Task The_pattern_is_matched_ignoring_case_and_a_contract_without_pattern_takes_every_name()
    {
        Put("POLICE_VICTIMS_2025.CSV", "x");
        Put("POLICE_VICTIMS_2025.CSV.ready", string.Empty);
        (await Scan()).Should().ContainSingle();

        var any = new InboxFolder(_root, InboxTestContract.Create(pattern: null) with { Id = "free-source" }, _time);
        File.WriteAllText(Path.Combine(any.Path, "whatever.txt"), "x");
        File.WriteAllText(Path.Combine(any.Path, "whatever.txt.ready"), string.Empty);
        (await any.ScanAsync(CancellationToken.None)).Select(f => f.FileName).Should().Equal("whatever.txt");
    }
}
