namespace InfluenceSim.Grains.Partitions;

/// <summary>
/// One step's deliveries cut into <paramref name="count"/> chunks of contiguous nodes with about equal
/// letters (<see cref="StepWorkers"/>), claimed one at a time by the step's workers, and which of
/// the work items started for it have begun. A work item the partition's turn finds not yet begun
/// when it has run out of chunks is called off (it will do nothing when it runs), so the turn waits
/// only for items that are working, never for a thread to wake up and find nothing left. Made per
/// step, so an item that runs late touches only its own step's claims.
/// </summary>
internal sealed class StepChunks(BlockMail deliveries, int count, int items)
{
    private const int NotBegun = 0;
    private const int Begun = 1;
    private const int CalledOff = 2;

    private readonly int[] _items = new int[items];
    private int _claimed;

    /// <summary>The step's deliveries.</summary>
    public BlockMail Deliveries => deliveries;

    /// <summary>The next chunk no worker has claimed, or -1 when none is left.</summary>
    public int Claim()
    {
        int chunk = Interlocked.Increment(ref _claimed) - 1;
        return chunk < count ? chunk : -1;
    }

    /// <summary>The deliveries of chunk <paramref name="chunk"/>: from the first group starting at or after its share of the letters to the next chunk's first.</summary>
    public (int From, int To) Range(int chunk)
    {
        long letters = deliveries.Letters;
        int from = chunk == 0 ? 0 : deliveries.GroupFrom((int)(letters * chunk / count));
        int to = chunk == count - 1 ? deliveries.Count : deliveries.GroupFrom((int)(letters * (chunk + 1) / count));
        return (from, to);
    }

    /// <summary>Work item <paramref name="item"/> begins; false when the turn called it off first.</summary>
    public bool Begin(int item) => Interlocked.CompareExchange(ref _items[item], Begun, NotBegun) == NotBegun;

    /// <summary>Calls work item <paramref name="item"/> off unless it has begun; true when it was called off (it will do nothing).</summary>
    public bool CallOff(int item) => Interlocked.CompareExchange(ref _items[item], CalledOff, NotBegun) == NotBegun;
}
