using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Stats.Etl.Channels;

namespace Stats.Etl.Tests.Channels;

/// <summary>
/// A push lands while the intake job takes ready files away: once an upload's marker exists a scan may archive the file at
/// once. Found by the hardening category's hostile-request test, where two uploads answered 500 under CI load because
/// the upload read the file's size after its marker was written and the file had already gone.
/// </summary>
public sealed class InboxFolderAcceptRaceTests : IDisposable
{
    private const int Pushes = 1000;
    private readonly string _root = Directory.CreateTempSubdirectory("stats-inbox-race-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task Pushes_succeed_and_report_what_they_wrote_while_a_scanner_archives_each_file_as_soon_as_it_is_ready()
    {
        var contract = InboxTestContract.Create();
        var pushing = new InboxFolder(_root, contract, TimeProvider.System);
        // The intake job's own folder object, as in serve: another instance over the same directory.
        var loading = new InboxFolder(_root, contract, TimeProvider.System, stableFor: TimeSpan.FromHours(1));
        using var stop = new CancellationTokenSource();
        var archived = new ConcurrentBag<string>();
        var scanner = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                foreach (var file in await loading.ScanAsync(CancellationToken.None))
                {
                    archived.Add(await loading.ArchiveAsync(file, CancellationToken.None));
                }
            }
        });

        var receipts = new ConcurrentBag<(InboxFile File, byte[] Body)>();
        var errors = new ConcurrentBag<string>();
        await Parallel.ForEachAsync(Enumerable.Range(0, Pushes), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, ct) =>
        {
            var body = Encoding.UTF8.GetBytes($"case_ref;person_pseudonym\n{i};{new string('x', i % 97)}\n");
            try
            {
                receipts.Add((await pushing.AcceptAsync($"police_victims_push_{i}.csv", new MemoryStream(body), 10_000, ct), body));
            }
            catch (IOException e)
            {
                errors.Add($"push {i}: {e.GetType().Name}: {e.Message}");
            }
        });

        // Every ready file is taken away: wait until the scanner has archived all of them, then stop it.
        var until = DateTime.UtcNow.AddSeconds(30);
        while (archived.Count < receipts.Count && DateTime.UtcNow < until)
        {
            await Task.Delay(10);
        }

        await stop.CancelAsync();
        await scanner;

        errors.Should().BeEmpty("a push must not fail because the file it wrote was already loaded");
        receipts.Should().HaveCount(Pushes);
        receipts.Should().OnlyContain(r => r.File.Length == r.Body.Length && r.File.Sha256 == Convert.ToHexStringLower(SHA256.HashData(r.Body)));
        archived.Select(Path.GetFileName).Should().BeEquivalentTo(receipts.Select(r => r.File.FileName), "every push is archived once, under the name it was given");
        foreach (var (file, body) in receipts)
        {
            (await File.ReadAllBytesAsync(archived.Single(a => Path.GetFileName(a) == file.FileName))).Should().Equal(body);
        }
    }
}
