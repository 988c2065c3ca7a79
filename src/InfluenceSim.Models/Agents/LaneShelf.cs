namespace InfluenceSim.Models.Agents;

/// <summary>
/// The node x lane arrays of finished blocks, kept for the next blocks over the same nodes (the
/// replicate batches of one run on one silo), so a batch refills its predecessor's memory instead of
/// asking the system for fresh pages. Safe for the blocks of several partitions at once.
/// </summary>
public sealed class LaneShelf
{
    private readonly List<Array> _arrays = [];

    /// <summary>A kept array of at least <paramref name="length"/> entries (the smallest such), or a new one; its entries are not cleared.</summary>
    internal T[] Take<T>(int length)
        where T : unmanaged
    {
        lock (_arrays)
        {
            int best = -1;
            for (int i = 0; i < _arrays.Count; i++)
            {
                if (_arrays[i] is T[] kept && kept.Length >= length && (best < 0 || kept.Length < _arrays[best].Length))
                {
                    best = i;
                }
            }

            if (best >= 0)
            {
                var taken = (T[])_arrays[best];
                _arrays.RemoveAt(best);
                return taken;
            }
        }

        return LaneMemory.Allocate<T>(length);
    }

    /// <summary>Keeps <paramref name="array"/> for a later <see cref="Take{T}"/>.</summary>
    internal void Give(Array array)
    {
        lock (_arrays)
        {
            _arrays.Add(array);
        }
    }
}
