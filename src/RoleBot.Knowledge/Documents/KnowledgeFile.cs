using System.Runtime.InteropServices;

namespace RoleBot.Knowledge.Documents;

/// <summary>
/// Reads a file of the knowledge folder safely. Only regular files are read (symlinks are followed first): opening a
/// named pipe blocks until a writer comes, which would hold the reload lock forever, and a device such as /dev/zero
/// never ends. And never more than the limit plus one byte, so a file that grows after its size was checked still
/// cannot fill memory.
/// </summary>
public static class KnowledgeFile
{
    /// <summary>The file's bytes, or an <see cref="InvalidDocumentException"/> saying why it is not read.</summary>
    public static byte[] ReadAtMost(string path, long maxBytes)
    {
        if (!IsRegularFile(path))
        {
            throw new InvalidDocumentException("not a regular file (a pipe, device, socket or broken link is never read)");
        }

        if (!(OperatingSystem.IsLinux() && !_noStatx) && new FileInfo(path).Length == 0)
        {
            // Without statx a pipe or device cannot be told from an empty file, and both report length 0: read neither.
            return [];
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1, FileOptions.SequentialScan);
        var buffer = new byte[(int)Math.Min(maxBytes + 1, Math.Max(0, stream.Length) + 1)];
        var read = 0;
        while (read < buffer.Length)
        {
            var n = stream.Read(buffer, read, buffer.Length - read);
            if (n == 0)
            {
                break;
            }

            read += n;
            if (read == buffer.Length && read <= maxBytes)
            {
                // The file grew since its length was read: take more, still at most the limit plus one byte.
                Array.Resize(ref buffer, (int)Math.Min(maxBytes + 1, (long)buffer.Length * 2));
            }
        }

        if (read > maxBytes)
        {
            throw new InvalidDocumentException($"over the {maxBytes:N0}-byte limit");
        }

        return read == buffer.Length ? buffer : buffer[..read];
    }

    /// <summary>True when <paramref name="path"/>, after following symlinks, is a regular file.</summary>
    public static bool IsRegularFile(string path)
    {
        if (OperatingSystem.IsLinux() && !_noStatx)
        {
            try
            {
                return LinuxFileType(path) == RegularFileType;
            }
            catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
            {
                _noStatx = true;                       // a C library without statx (old glibc): use the fallback below
            }
        }

        // Elsewhere .NET exposes no file type; a named pipe or device reports length 0, and ReadAtMost opens no file
        // of length 0 there.
        var info = new FileInfo(path);
        return info.Exists && (info.LinkTarget is null || File.ResolveLinkTarget(path, returnFinalTarget: true)?.Exists == true);
    }

    private const int RegularFileType = 0x8000;  // S_IFREG

    private static volatile bool _noStatx;

    /// <summary>The S_IFMT bits of statx(2), which has the same struct layout on every Linux architecture.</summary>
    private static int LinuxFileType(string path)
    {
        const int atFdCwd = -100;
        const uint statxType = 0x1;
        const int modeOffset = 28;                 // stx_mode: after mask, blksize, attributes, nlink, uid, gid
        var buffer = new byte[256];                // sizeof(struct statx)
        if (Statx(atFdCwd, path, 0, statxType, buffer) != 0)
        {
            return 0;                              // missing, broken link or no permission: not a file RoleBot reads
        }

        return BitConverter.ToUInt16(buffer, modeOffset) & 0xF000;
    }

    // DllImport, not LibraryImport: the source-generated form needs unsafe code enabled for the whole core library.
    [DllImport("libc", EntryPoint = "statx", ExactSpelling = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Statx(int dirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string pathname, int flags, uint mask, [Out] byte[] buffer);
}
