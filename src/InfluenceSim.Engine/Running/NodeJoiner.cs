using InfluenceSim.Abstractions.Grains;
using InfluenceSim.Abstractions.Messages;

namespace InfluenceSim.Engine.Running;

/// <summary>Activates a run's node grains (each learns its ties once) and releases them at the end, with a bounded number of calls in flight.</summary>
internal static class NodeJoiner
{
    public static Task JoinAllAsync(IGrainFactory grains, string runId, RunRequest request, bool withInTies, ModelSetup model, CancellationToken cancellationToken)
    {
        var network = request.Network;
        bool unweighted = network.Unweighted;
        return ForEachNodeAsync(network.NodeCount, request.Concurrency, node =>
        {
            cancellationToken.ThrowIfCancellationRequested();
            var setup = new NodeSetup(
                model,
                request.Seed,
                request.Replicates,
                network.OutNeighbours(node).ToArray(),
                unweighted ? null : network.OutWeights(node).ToArray(),
                withInTies ? network.InNeighbours(node).ToArray() : [],
                withInTies && !unweighted ? network.InWeights(node).ToArray() : null);
            return grains.GetGrain<INodeGrain>(node, runId).Join(setup);
        });
    }

    public static Task ReleaseAllAsync(IGrainFactory grains, string runId, int nodes, int concurrency) =>
        ForEachNodeAsync(nodes, concurrency, node => grains.GetGrain<INodeGrain>(node, runId).Release());

    private static async Task ForEachNodeAsync(int nodes, int concurrency, Func<int, Task> call)
    {
        using var window = new SemaphoreSlim(concurrency);
        var calls = new List<Task>(nodes);
        for (int node = 0; node < nodes; node++)
        {
            await window.WaitAsync();
            calls.Add(CallAsync(call, node, window));
        }

        await Task.WhenAll(calls);
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
