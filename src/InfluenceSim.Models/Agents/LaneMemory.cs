using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace InfluenceSim.Models.Agents;

/// <summary>
/// Allocates a block's large node x lane arrays so that reading them at random costs fewer address
/// translations and page faults: on Linux an array spanning at least two huge pages is pinned and its
/// whole 2 MiB pages are advised to the kernel as transparent huge pages (used where the system
/// allows them, its <c>madvise</c> mode included); elsewhere, and for smaller arrays, a plain array.
/// The entries are not cleared: the caller fills every one.
/// </summary>
internal static partial class LaneMemory
{
    private const int HugePageBytes = 2 * 1024 * 1024;

    /// <summary>Linux's <c>MADV_HUGEPAGE</c>.</summary>
    private const int AdviseHugePages = 14;

    public static T[] Allocate<T>(int length)
        where T : unmanaged
    {
        long bytes = (long)length * Unsafe.SizeOf<T>();
        if (!OperatingSystem.IsLinux() || bytes < 2L * HugePageBytes)
        {
            return new T[length];
        }

        var array = GC.AllocateUninitializedArray<T>(length, pinned: true);
        nint start = Marshal.UnsafeAddrOfPinnedArrayElement(array, 0);
        nint first = (start + HugePageBytes - 1) & ~(nint)(HugePageBytes - 1);
        nint end = (start + (nint)bytes) & ~(nint)(HugePageBytes - 1);
        if (end > first)
        {
            try
            {
                _ = Advise(first, (nuint)(end - first), AdviseHugePages);
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                // A libc without madvise keeps ordinary pages.
            }
        }

        return array;
    }

    /// <summary>
    /// Where the entries of 16 bytes should start in <paramref name="array"/>, in bytes from its first
    /// element (0 or 8): an array's data is only 8-byte aligned, and at 8 bytes past a 16-byte boundary one
    /// entry in four would cross a cache line (two misses, and a prefetch of its first byte loads only one
    /// line). Exact for a pinned array (<see cref="Allocate{T}"/>'s large ones); for one the collector may
    /// move, where it lies now, which only costs speed if it moves. The caller keeps one entry spare.
    /// </summary>
    public static unsafe nint AlignedStart<T>(T[] array)
        where T : unmanaged
    {
        nint start = (nint)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(array));
        return (16 - (start & 15)) & 15;
    }

    [LibraryImport("libc", EntryPoint = "madvise")]
    private static partial int Advise(nint address, nuint length, int advice);
}
