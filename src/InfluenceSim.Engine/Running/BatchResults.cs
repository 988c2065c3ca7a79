using InfluenceSim.RunFolders.Results;

namespace InfluenceSim.Engine.Running;

/// <summary>
/// One run's result from its replicate batches' results, each already numbered with the run's replicates: the same result a
/// run of one batch would give (replicates, events and per-node rows in replicate order; the event cap applied to the whole).
/// </summary>
internal static class BatchResults
{
    public static RunResult Merge(IReadOnlyList<RunResult> batches, RunRequest request)
    {
        var first = batches[0];
        if (batches.Count == 1)
        {
            return first;
        }

        var conversions = new Dictionary<int, long>();
        foreach (var (prescriber, count) in batches.SelectMany(b => b.Conversions))
        {
            conversions[prescriber] = conversions.GetValueOrDefault(prescriber) + count;
        }

        var timings = first.Timings with
        {
            Activation = batches.Sum(b => b.Timings.Activation),
            Propagation = batches.Sum(b => b.Timings.Propagation),
        };
        return first with
        {
            Replicates = [.. batches.SelectMany(b => b.Replicates)],
            Timings = timings,
            Conversions = conversions,
            Events = request.Events.Enabled ? EventOrder.Capped([.. batches.SelectMany(b => b.Events)], request.Events.Cap) : [],
            NodeRecords = [.. batches.SelectMany(b => b.NodeRecords)],
            EventsDelivered = batches.Sum(b => b.EventsDelivered),
        };
    }
}
