using InfluenceSim.Abstractions.Grains;
using InfluenceSim.Abstractions.Messages;

namespace InfluenceSim.Engine.Running;

/// <summary>
/// Activates a run's node grains (each learns its ties once) and releases them at the end, with a
/// bounded number of calls in flight. Only nodes that were asked to join are released, so a
/// cancelled activation does not activate the rest just to release them.
/// </summary>
internal sealed class NodeJoiner(IGrainFactory grains, string runId, int concurrency)
{
    private int _asked;

    /// <summary>How often (in nodes asked to join) <see cref="JoinAllAsync"/> reports its progress.</summary>
    private const int ReportEvery = 10_000;

    /// <summary>Asks every node to join; <paramref name="joined"/> hears how many have been asked, every <see cref="ReportEvery"/> nodes.</summary>
    public Task JoinAllAsync(RunRequest request, bool withInTies, ModelSetup model, MarketSetup market, Action<int> joined, CancellationToken cancellationToken)
    {
        var network = request.Network;
        bool unweighted = network.Unweighted;
        var attributes = request.Attributes;
        return ForEachNodeAsync(network.NodeCount, cancellationToken, node =>
        {
            _asked = node + 1;
            if (_asked % ReportEvery == 0)
            {
                joined(_asked);
            }

            var setup = new NodeSetup(
                model,
                request.Seed,
                request.Replicates,
                network.OutNeighbours(node).ToArray(),
                unweighted ? null : network.OutWeights(node).ToArray(),
                withInTies ? network.InNeighbours(node).ToArray() : [],
                withInTies && !unweighted ? network.InWeights(node).ToArray() : null)
            {
                Market = market,
                FixedTraits = attributes.Traits.Count == 0 ? null : attributes.For(node).Traits,
                FixedSegment = attributes.Segments?[node] ?? -1,
                RecordEvents = request.Events.Enabled,
                RecordNode = request.RecordNodes,
            };
            return grains.GetGrain<INodeGrain>(node, runId).Join(setup);
        });
    }

    /// <summary>Every node's records, by node id, once the run has ended; <paramref name="lastSteps"/> gives each replicate's last step that ran.</summary>
    public async Task<NodeRecords[]> RecordsAsync(int nodes, int[] lastSteps)
    {
        var records = new NodeRecords[nodes];
        await ForEachNodeAsync(nodes, CancellationToken.None, async node => records[node] = await grains.GetGrain<INodeGrain>(node, runId).Records(lastSteps));
        return records;
    }

    public Task ReleaseAllAsync() =>
        ForEachNodeAsync(_asked, CancellationToken.None, node => grains.GetGrain<INodeGrain>(node, runId).Release());

    private async Task ForEachNodeAsync(int nodes, CancellationToken cancellationToken, Func<int, Task> call)
    {
        using var window = new SemaphoreSlim(concurrency);
        var calls = new List<Task>(nodes);
        for (int node = 0; node < nodes && !cancellationToken.IsCancellationRequested; node++)
        {
            await window.WaitAsync();
            calls.Add(CallAsync(call, node, window));
        }

        await Task.WhenAll(calls);
        cancellationToken.ThrowIfCancellationRequested();
    }

    private static async Task CallAsync(Func<int, Task> call, int node, SemaphoreSlim window)
    {
        try
        {
            await call(node);
        }
        finally
        {
            window.Release();
        }
    }
}
