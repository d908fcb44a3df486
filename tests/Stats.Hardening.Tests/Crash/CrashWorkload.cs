namespace Stats.Hardening.Tests.Crash;

/// <summary>
/// The deliveries of one generated year and the steps that take them in, each a real `stats` process: loads by hand (CSV,
/// JSON), a publish, a load of a workbook (XLSX), then the scheduled path (`stats run pull:` over an inbox: load, record,
/// archive, publish). The clean run takes the same deliveries in the same order, in process, in another folder.
/// </summary>
internal sealed class CrashWorkload(string deliveries, string data)
{
    public const string PullContract = "prosecution-persons";

    public static readonly (string Contract, string File) Police = ("police-victims", "police_victims_2025.csv");
    public static readonly (string Contract, string File) Nrm = ("socialcare-nrm", "nrm_cases_2025.json");
    public static readonly (string Contract, string File) Courts = ("courts-decisions", "courts_decisions_2025.xlsx");
    public static readonly (string Contract, string File) Prosecution = (PullContract, "prosecution_persons_2025.csv");
    public static readonly (string Contract, string File) Ngo = ("ngo-htcds", "ngo_htcds_2025.csv");

    /// <summary>The vintage published after the first publish, and after the pull.</summary>
    public static readonly string First = SnapshotContent.FingerprintOf([Police.File, Nrm.File]);
    public static readonly string Second = SnapshotContent.FingerprintOf([Police.File, Nrm.File, Courts.File, Prosecution.File]);

    /// <summary>The vintage the idle pull publishes when the leftover load ran: that delivery is not in the served vintage yet.</summary>
    public static readonly string Third = SnapshotContent.FingerprintOf([Police.File, Nrm.File, Courts.File, Prosecution.File, Ngo.File]);

    public string Inbox => Path.Combine(data, "inbox", PullContract);

    public string PathOf((string Contract, string File) delivery) => Path.Combine(deliveries, "clean", delivery.File);

    public IReadOnlyList<CrashStep> Steps() =>
    [
        Load(Police, ["intake:landed", "intake:recorded"], "intake:committed", 0.4, [null]),
        Load(Nrm, ["intake:staged"], null, 0.3, [null]),
        new("publish", "publish", ["publish", "--data", data], ["publish:snapshot-copied", "publish:snapshot-written"], "publish:switched", 0.14,
            s => s.ServedFingerprint == First, [null, First]),
        // Takes the random kills the publish could not (it finished early) at a load's price.
        Load(Courts, ["intake:recorded"], null, 0.1, [First]),
        new($"run pull:{PullContract}", "publish", ["run", "--data", data, $"pull:{PullContract}"], ["pull:recorded", "publish:manifest-written"], "publish:logged", 0.06,
            s => s.ServedFingerprint == Second && s.InboxFiles == 0, [First, Second])
        {
            Prepare = () =>
            {
                Directory.CreateDirectory(Inbox);
                File.Copy(PathOf(Prosecution), Path.Combine(Inbox, Prosecution.File));
                File.WriteAllText(Path.Combine(Inbox, Prosecution.File + ".ready"), "");
            },
        },
    ];

    /// <summary>
    /// Takes random kills the last step could not (it finished early): loaded after the last publish, so the idle pull of
    /// <see cref="Settle"/> owes and makes a publish of it (<see cref="Third"/>), which the clean run then makes too.
    /// </summary>
    public CrashStep Leftovers() => Load(Ngo, ["intake:recorded"], null, 0, [Second]) with { KillsBeforeWork = true };

    /// <summary>
    /// A pull with nothing to take, run to its end: its start settles runs a kill left Running. After the leftover load it
    /// also publishes that delivery, as any pull does for a loaded delivery the served vintage lacks.
    /// </summary>
    public CrashStep Settle(bool afterLeftovers) =>
        new($"run pull:{PullContract} (idle)", "settle", ["run", "--data", data, $"pull:{PullContract}"], [], null, 0, _ => false,
            afterLeftovers ? [Second, Third] : [Second]);

    private CrashStep Load((string Contract, string File) delivery, IReadOnlyList<string> faults, string? final, double share, IReadOnlyList<string?> served) =>
        new($"load {delivery.Contract}", "intake", ["load", "--data", data, "--contract", delivery.Contract, PathOf(delivery)], faults, final, share,
            s => s.CommittedFiles.Contains(delivery.File), served);
}
