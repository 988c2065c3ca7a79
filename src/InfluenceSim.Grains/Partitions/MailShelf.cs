using System.Collections.Concurrent;
using InfluenceSim.Abstractions.Messages;

namespace InfluenceSim.Grains.Partitions;

/// <summary>
/// The mail memory of a run's partitions on one silo (<see cref="SiloNetworks"/>): fixed-size pages
/// of letters that mail buffers take as they fill and give back once drained, the chunks outgoing
/// mail is written into, and the drained step mail of the <c>blocks</c> hosting. A step, a partition
/// and the next replicate batch refill memory an earlier one wrote, instead of growing lists (copying
/// them each time they double) and asking the system for fresh pages, whose first touch is slow.
/// Safe for the partitions of a silo at once.
/// </summary>
internal sealed class MailShelf
{
    /// <summary>The letters of one page of a mail buffer (96 KiB: on the large object heap, never moved).</summary>
    public const int PageSize = 4_096;

    private readonly ConcurrentStack<MailEntry[]> _pages = new();
    private readonly ConcurrentStack<MailEntry[]> _chunks = new();
    private readonly ConcurrentStack<BlockMail> _blockMail = new();

    /// <summary>A kept page of <paramref name="size"/> letters (<see cref="PageSize"/> or <see cref="OutgoingMail.ChunkSize"/>) or a new one; its letters are not cleared.</summary>
    public MailEntry[] Take(int size) => Pages(size).TryPop(out var page) ? page : GC.AllocateUninitializedArray<MailEntry>(size);

    /// <summary>Keeps <paramref name="page"/> for a later <see cref="Take"/>.</summary>
    public void Give(MailEntry[] page) => Pages(page.Length).Push(page);

    /// <summary>A kept drained mail (its arrays as large as they grew) or a new one.</summary>
    public BlockMail TakeBlockMail() => _blockMail.TryPop(out var mail) ? mail : new BlockMail();

    /// <summary>Keeps <paramref name="mail"/> for a later <see cref="TakeBlockMail"/>.</summary>
    public void GiveBlockMail(BlockMail mail) => _blockMail.Push(mail);

    private ConcurrentStack<MailEntry[]> Pages(int size) => size switch
    {
        PageSize => _pages,
        OutgoingMail.ChunkSize => _chunks,
        _ => throw new ArgumentOutOfRangeException(nameof(size), size, $"the shelf keeps pages of {PageSize} and {OutgoingMail.ChunkSize} letters"),
    };
}
