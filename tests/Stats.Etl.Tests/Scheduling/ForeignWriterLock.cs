using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Stats.Etl.Tests.Scheduling;

/// <summary>
/// Holds the write lock DuckDB takes on a database file as if another process held it. DuckDB locks with classic POSIX
/// record locks, which never conflict within one process (and DuckDB.NET shares one instance per file in a process), so
/// the test takes a Linux open-file-description lock instead: those do conflict with record locks of the same process.
/// </summary>
internal sealed class ForeignWriterLock : IDisposable
{
    private const int OfdSetLock = 37; // F_OFD_SETLK
    private const short WriteLock = 1; // F_WRLCK
    private const short Unlock = 2;    // F_UNLCK

    private readonly SafeFileHandle _file;

    private ForeignWriterLock(SafeFileHandle file) => _file = file;

    public static ForeignWriterLock Take(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            throw new PlatformNotSupportedException("Open-file-description locks are Linux only.");
        }

        var file = File.OpenHandle(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite);
        var request = new FileLock { Type = WriteLock };
        if (Fcntl(file.DangerousGetHandle().ToInt32(), OfdSetLock, ref request) != 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            file.Dispose();
            throw new IOException($"Could not lock {path} (errno {errno}).");
        }

        return new ForeignWriterLock(file);
    }

    public void Dispose()
    {
        var request = new FileLock { Type = Unlock };
        _ = Fcntl(_file.DangerousGetHandle().ToInt32(), OfdSetLock, ref request);
        _file.Dispose();
    }

    // DllImport, not LibraryImport: the struct is blittable, and the test project does not allow unsafe code.
    [DllImport("libc", EntryPoint = "fcntl", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Fcntl(int fd, int command, ref FileLock request);

    // struct flock on 64-bit Linux: the whole file when start and length are 0; pid must be 0 for OFD locks.
    [StructLayout(LayoutKind.Sequential)]
    private struct FileLock
    {
        public short Type;
        public short Whence;
        public long Start;
        public long Length;
        public int Pid;
    }
}
