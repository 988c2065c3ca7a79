using InfluenceSim.Grains.Nodes;

namespace InfluenceSim.Grains.Partitions;

/// <summary>
/// One of a <c>blocks</c> partition's step workers (<see cref="StepWorkers"/>), kept from step to step:
/// its own per-node step (outbox and sorter), ledger part and event rows, and at each step its own
/// router (tallies, and pages of the partition's buffers). It notes which chunk each run of its event
/// rows came from, so the partition takes them in chunk order, as one loop over the nodes would have added them.
/// </summary>
internal sealed class StepWorker(NodeStep step, int replicates, long eventsCap, bool recordEvents)
{
    private readonly List<(int Chunk, int Start, int Count)> _eventRuns = [];

    public NodeStep Step { get; } = step;

    public PartitionLedger Ledger { get; } = PartitionLedger.Part(replicates);

    /// <summary>The worker's event rows of the step (null: the run records none).</summary>
    public EventStream? Events { get; } = recordEvents ? new EventStream(eventsCap) : null;

    /// <summary>The worker's router of the step, made on the partition's turn before the workers start.</summary>
    public StepRouter? Router { get; set; }

    /// <summary>The event rows added since <paramref name="start"/> came from chunk <paramref name="chunk"/>.</summary>
    public void NoteEvents(int chunk, int start)
    {
        if (Events is { } events && events.StepRows > start)
        {
            _eventRuns.Add((chunk, start, events.StepRows - start));
        }
    }

    /// <summary>Adds the event rows of every worker of <paramref name="workers"/> to <paramref name="events"/> in chunk order and empties the workers' rows.</summary>
    public static void MoveEvents(StepWorker[] workers, EventStream events)
    {
        var runs = new List<(int Chunk, int Start, int Count, StepWorker Worker)>();
        foreach (var worker in workers)
        {
            runs.AddRange(worker._eventRuns.Select(r => (r.Chunk, r.Start, r.Count, worker)));
        }

        runs.Sort((a, b) => a.Chunk.CompareTo(b.Chunk));
        foreach (var (_, start, count, worker) in runs)
        {
            events.AddRows(worker.Events!, start, count);
        }

        foreach (var worker in workers)
        {
            worker.Events?.ClearStep();
            worker._eventRuns.Clear();
        }
    }
}
