using System.Numerics;
using System.Runtime.Intrinsics;

namespace InfluenceSim.Abstractions.Messages;

/// <summary>
/// The compact form a <see cref="MailBatch"/> takes between silos (docs/architecture.md "Mail between
/// silos"). The batch starts with its step, its letter count, its lowest target and the width in bytes
/// of a target's offset from it; then each letter is one header byte, its target's offset in that
/// width, and only the fields that differ from the letter before (sender, replicate, kind, depth as
/// zigzag varint differences). The root is usually one of the last seven roots written out with the
/// letter's replicate (a cascade has few roots): the header names that slot, otherwise the root follows
/// and takes the oldest slot.
/// Any int round-trips; the packing is only smaller for mail shaped like a step's.
/// </summary>
internal static class MailPacking
{
    private const int RootSlots = 7;
    private const int RootFollows = RootSlots;
    private const int SenderChanged = 1 << 3;
    private const int ReplicateChanged = 1 << 4;
    private const int KindChanged = 1 << 5;
    private const int DepthChanged = 1 << 6;
    private const int Unused = 1 << 7;
    private const int ReplicateBuckets = 256;
    private const int BucketWidth = 8;
    private const int MaxVarIntSize = 5;
    private const int MaxHeadSize = (3 * MaxVarIntSize) + 1;
    private const int MaxLetterSize = 1 + sizeof(int) + (5 * MaxVarIntSize);

    /// <summary>The most bytes <see cref="Pack"/> writes for <paramref name="letters"/> letters.</summary>
    public static int MaxPackedSize(int letters) => MaxHeadSize + (letters * MaxLetterSize);

    /// <summary>Writes <paramref name="step"/> and <paramref name="entries"/> into <paramref name="destination"/> (at least <see cref="MaxPackedSize"/> long); returns the bytes written.</summary>
    public static int Pack(int step, ReadOnlySpan<MailEntry> entries, Span<byte> destination)
    {
        int at = 0;
        WriteVarUInt(destination, ref at, ZigZag(step));
        WriteVarUInt(destination, ref at, (uint)entries.Length);
        if (entries.Length == 0)
        {
            return at;
        }

        var (low, high) = MailEntry.TargetRange(entries);
        int width = WidthOf((uint)(high - low));
        WriteVarUInt(destination, ref at, ZigZag(low));
        destination[at++] = (byte)width;
        Span<int> roots = stackalloc int[ReplicateBuckets * BucketWidth];
        roots.Clear();
        var previous = default(MailEntry);
        foreach (var entry in entries)
        {
            int headerAt = at++;
            uint offset = (uint)(entry.Target - low);
            for (int b = 0; b < width; b++)
            {
                destination[at++] = (byte)(offset >> (8 * b));
            }

            int header = 0;
            header |= Changed(destination, ref at, entry.Sender, previous.Sender, SenderChanged);
            header |= Changed(destination, ref at, entry.Replicate, previous.Replicate, ReplicateChanged);
            header |= Changed(destination, ref at, entry.Kind, previous.Kind, KindChanged);
            header |= Changed(destination, ref at, entry.Depth, previous.Depth, DepthChanged);
            var recent = RecentRoots(roots, entry.Replicate);
            int slot = Find(recent, entry.Root);
            if (slot == RootFollows)
            {
                WriteVarUInt(destination, ref at, ZigZag(entry.Root));
                Keep(recent, entry.Root);
            }

            destination[headerAt] = (byte)(header | slot);
            previous = entry;
        }

        return at;
    }

    /// <summary>Reads a batch <see cref="Pack"/> wrote; throws when <paramref name="source"/> is not one.</summary>
    public static MailBatch Unpack(ReadOnlySpan<byte> source)
    {
        int at = 0;
        int step = UnZigZag(ReadVarUInt(source, ref at));
        uint count = ReadVarUInt(source, ref at);
        if (count > (uint)(source.Length - at))
        {
            throw new InvalidDataException($"a packed mail batch of {source.Length} bytes cannot hold {count} letters");
        }

        var entries = new MailEntry[count];
        if (count > 0)
        {
            int low = UnZigZag(ReadVarUInt(source, ref at));
            int width = source[at++];
            if (width > sizeof(int))
            {
                throw new InvalidDataException($"a packed mail batch gives its targets {width} bytes each (at most {sizeof(int)})");
            }

            Span<int> roots = stackalloc int[ReplicateBuckets * BucketWidth];
            roots.Clear();
            var previous = default(MailEntry);
            for (int i = 0; i < entries.Length; i++)
            {
                int header = source[at++];
                if ((header & Unused) != 0)
                {
                    throw new InvalidDataException($"letter {i} of a packed mail batch has an unknown header {header}");
                }

                uint offset = 0;
                for (int b = 0; b < width; b++)
                {
                    offset |= (uint)source[at++] << (8 * b);
                }

                int sender = Read(source, ref at, header, SenderChanged, previous.Sender);
                int replicate = Read(source, ref at, header, ReplicateChanged, previous.Replicate);
                int kind = Read(source, ref at, header, KindChanged, previous.Kind);
                int depth = Read(source, ref at, header, DepthChanged, previous.Depth);
                var recent = RecentRoots(roots, replicate);
                int slot = header & RootFollows;
                int root;
                if (slot == RootFollows)
                {
                    root = UnZigZag(ReadVarUInt(source, ref at));
                    Keep(recent, root);
                }
                else
                {
                    root = recent[slot];
                }

                previous = entries[i] = new MailEntry((int)((uint)low + offset), sender, replicate, kind, root, depth);
            }
        }

        if (at != source.Length)
        {
            throw new InvalidDataException($"a packed mail batch of {count} letters ends at byte {at} of {source.Length}");
        }

        return new MailBatch(step, entries);
    }

    /// <summary>The bucket of roots last written out with the replicates that share <paramref name="replicate"/>'s: <see cref="RootSlots"/> roots, then the slot the next one goes to.</summary>
    private static Span<int> RecentRoots(Span<int> roots, int replicate) => roots.Slice((replicate & (ReplicateBuckets - 1)) * BucketWidth, BucketWidth);

    /// <summary>The slot of <paramref name="recent"/> (a bucket, <see cref="RootSlots"/> roots then the next slot to fill) that holds <paramref name="root"/>, or <see cref="RootFollows"/>.</summary>
    private static int Find(Span<int> recent, int root)
    {
        uint held = Vector256.Equals(Vector256.Create(root), Vector256.Create<int>(recent)).ExtractMostSignificantBits() & ((1u << RootSlots) - 1);
        return held == 0 ? RootFollows : BitOperations.TrailingZeroCount(held);
    }

    /// <summary>Puts <paramref name="root"/> in <paramref name="recent"/>'s next slot, in turn, over the oldest it holds.</summary>
    private static void Keep(Span<int> recent, int root)
    {
        int next = recent[RootSlots];
        recent[next] = root;
        recent[RootSlots] = next == RootSlots - 1 ? 0 : next + 1;
    }

    private static int Changed(Span<byte> destination, ref int at, int value, int previous, int flag)
    {
        if (value == previous)
        {
            return 0;
        }

        WriteVarUInt(destination, ref at, ZigZag(value - previous));
        return flag;
    }

    private static int Read(ReadOnlySpan<byte> source, ref int at, int header, int flag, int previous) =>
        (header & flag) == 0 ? previous : previous + UnZigZag(ReadVarUInt(source, ref at));

    private static int WidthOf(uint range) => range == 0 ? 0 : (32 - BitOperations.LeadingZeroCount(range) + 7) / 8;

    private static uint ZigZag(int value) => (uint)((value << 1) ^ (value >> 31));

    private static int UnZigZag(uint value) => (int)(value >> 1) ^ -(int)(value & 1);

    private static void WriteVarUInt(Span<byte> destination, ref int at, uint value)
    {
        while (value >= 0x80)
        {
            destination[at++] = (byte)(value | 0x80);
            value >>= 7;
        }

        destination[at++] = (byte)value;
    }

    private static uint ReadVarUInt(ReadOnlySpan<byte> source, ref int at)
    {
        uint value = 0;
        for (int shift = 0; shift < 8 * sizeof(uint); shift += 7)
        {
            byte b = source[at++];
            value |= (uint)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }

        throw new InvalidDataException("a packed mail batch holds a number longer than five bytes");
    }
}
