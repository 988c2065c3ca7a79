using System.Collections.Concurrent;
using InfluenceSim.Abstractions.Messages;

namespace InfluenceSim.Grains.Nodes;

/// <summary>
/// The step reports a partition lends its node grains: a node fills one as its answer, the partition gives it back once
/// it has read it, so a step's calls reuse about as many reports as are in flight instead of allocating a report and its
/// arrays per call (docs/performance.md "Node grains: flat step reports lent and given back"). A report lost with a failed call is
/// simply not given back.
/// </summary>
internal sealed class LentReports
{
    private readonly ConcurrentBag<StepReport> _free = [];

    /// <summary>An empty report.</summary>
    public StepReport Lend() => _free.TryTake(out var report) ? report : new StepReport();

    /// <summary>Takes back <paramref name="report"/>, read and no longer used, emptied for the next node.</summary>
    public void GiveBack(StepReport report)
    {
        report.Clear();
        _free.Add(report);
    }
}
