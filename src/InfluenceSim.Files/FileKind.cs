using System.Runtime.InteropServices;

namespace InfluenceSim.Files;

/// <summary>A path's type bits and attributes as the Linux kernel reports them (statx, links followed), without opening it.</summary>
internal static partial class FileKind
{
    /// <summary>The type bits of a regular file.</summary>
    public const int Regular = 0x8000;

    /// <summary>What <see cref="Stat"/> returns where the C library has no <c>statx</c> (not Linux, or a libc older than glibc 2.28).</summary>
    public const int Unsupported = -1;

    private const int CurrentFolder = -100;
    private const uint TypeMask = 0x1;
    private const int ModeOffset = 28;
    private const int AttributesOffset = 8;
    private const long MountRootAttribute = 0x2000;
    private const int TypeBits = 0xF000;
    private const int StatxSize = 256;

    /// <summary>Asks for <paramref name="path"/>'s type: 0 and the type bits, the error number, or <see cref="Unsupported"/>.</summary>
    public static int Stat(string path, out int type, out bool mountRoot)
    {
        var buffer = new byte[StatxSize];
        type = 0;
        mountRoot = false;
        if (!OperatingSystem.IsLinux())
        {
            return Unsupported;
        }

        try
        {
            if (Statx(CurrentFolder, path, 0, TypeMask, buffer) != 0)
            {
                return Marshal.GetLastPInvokeError();
            }
        }
        catch (EntryPointNotFoundException)
        {
            return Unsupported;
        }

        type = BitConverter.ToUInt16(buffer, ModeOffset) & TypeBits;
        mountRoot = (BitConverter.ToInt64(buffer, AttributesOffset) & MountRootAttribute) != 0;
        return 0;
    }

    /// <summary>How a sentence names a file of <paramref name="type"/>: <c>a named pipe (FIFO)</c>, <c>a folder</c>...</summary>
    public static string Describe(int type) => type switch
    {
        0x4000 => "a folder",
        0x1000 => "a named pipe (FIFO)",
        0x2000 => "a character device",
        0x6000 => "a block device",
        0xC000 => "a socket",
        _ => "a special file",
    };

    [LibraryImport("libc", EntryPoint = "statx", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Statx(int folder, string path, int flags, uint mask, [Out] byte[] buffer);
}
