using InfluenceSim.Abstractions.Messages;

namespace InfluenceSim.Grains.Partitions;

/// <summary>
/// A partition's part of each seed's cascade: adoptions and greatest depth per (replicate, root), in an
/// open-addressing hash table (Fibonacci hashing, linear probing, at most half full): one multiply and
/// usually one probe per adoption, where a run counts millions of adoptions over a few thousand cascades.
/// </summary>
internal sealed class CascadeTable
{
    private const ulong Golden = 0x9E3779B97F4A7C15UL;
    private const int FirstBits = 6;

    private long[] _keys = [];
    private long[] _sizes = [];
    private int[] _depths = [];
    private int _shift;
    private int _count;

    public CascadeTable() => Resize(FirstBits);

    /// <summary>Counts an adoption of <paramref name="replicate"/>'s cascade from <paramref name="root"/> (both non-negative) at <paramref name="depth"/>.</summary>
    public void Count(int replicate, int root, int depth)
    {
        long key = Key(replicate, root);
        int mask = _keys.Length - 1;
        for (int slot = Slot(key); ; slot = (slot + 1) & mask)
        {
            long held = _keys[slot];
            if (held == key)
            {
                _sizes[slot]++;
                _depths[slot] = Math.Max(_depths[slot], depth);
                return;
            }

            if (held < 0)
            {
                _keys[slot] = key;
                _sizes[slot] = 1;
                _depths[slot] = depth;
                if (++_count * 2 > _keys.Length)
                {
                    Resize(64 - _shift + 1);
                }

                return;
            }
        }
    }

    /// <summary>Every cascade counted, by replicate, then root.</summary>
    public CascadeEntry[] Entries()
    {
        var keys = new long[_count];
        var entries = new CascadeEntry[_count];
        int next = 0;
        for (int slot = 0; slot < _keys.Length; slot++)
        {
            if (_keys[slot] >= 0)
            {
                keys[next] = _keys[slot];
                entries[next++] = new CascadeEntry((int)(_keys[slot] >> 32), (int)_keys[slot], _sizes[slot], _depths[slot]);
            }
        }

        Array.Sort(keys, entries);
        return entries;
    }

    /// <summary>One number per (replicate, root), both non-negative, that orders as the pair does (never negative: an empty slot holds -1).</summary>
    private static long Key(int replicate, int root) => ((long)replicate << 32) | (uint)root;

    private int Slot(long key) => (int)(((ulong)key * Golden) >> _shift);

    /// <summary>Moves the cascades into a table of 2^<paramref name="bits"/> slots.</summary>
    private void Resize(int bits)
    {
        var (keys, sizes, depths) = (_keys, _sizes, _depths);
        _keys = new long[1 << bits];
        _sizes = new long[_keys.Length];
        _depths = new int[_keys.Length];
        Array.Fill(_keys, -1L);
        _shift = 64 - bits;
        int mask = _keys.Length - 1;
        for (int old = 0; old < keys.Length; old++)
        {
            if (keys[old] >= 0)
            {
                int slot = Slot(keys[old]);
                while (_keys[slot] >= 0)
                {
                    slot = (slot + 1) & mask;
                }

                (_keys[slot], _sizes[slot], _depths[slot]) = (keys[old], sizes[old], depths[old]);
            }
        }
    }
}
