using InfluenceSim.Abstractions.Messages;

namespace InfluenceSim.Grains.Partitions;

/// <summary>
/// The letters one writer (a partition's turn, or one of its step workers: <see cref="StepWorkers"/>)
/// adds to a mail buffer or to the outgoing mail, in <paramref name="runs"/> runs of pages of
/// <paramref name="pageSize"/> letters taken from <paramref name="shelf"/> (safe for several writers at
/// once). Each writer has its own, so writers never share a page: a worker's letters are the
/// buffer's as they lie, with no copy when the workers end.
/// </summary>
internal sealed class PageRuns(int runs, int pageSize, MailShelf shelf)
{
    private readonly LetterPages[] _runs = [.. Enumerable.Range(0, runs).Select(_ => new LetterPages(pageSize))];

    /// <summary>Adds <paramref name="entry"/> to run <paramref name="run"/>.</summary>
    public void Add(int run, MailEntry entry) => _runs[run].Add(entry, shelf);

    /// <summary>The pages of run <paramref name="run"/>.</summary>
    public LetterPages Run(int run) => _runs[run];
}
