namespace InfluenceSim.Models.Agents;

/// <summary>
/// A fixed number of bits, all clear at first, that threads working on disjoint ranges of bits may set
/// at once: a bit is set with an atomic OR on its 64-bit word, so setting one never loses a bit of the
/// same word set by another thread (a plain read-modify-write of a shared word could); a bit is read
/// by the thread that owns it.
/// </summary>
internal sealed class SharedBits(int count)
{
    private readonly long[] _words = new long[(count + 63) >> 6];

    public bool this[int bit] => (_words[bit >> 6] & (1L << bit)) != 0;

    /// <summary>Sets <paramref name="bit"/>, whoever sets the other bits of its word at the same time.</summary>
    public void Set(int bit) => Interlocked.Or(ref _words[bit >> 6], 1L << bit);
}
