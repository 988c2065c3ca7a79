using InfluenceSim.Abstractions.Grains;
using InfluenceSim.Abstractions.Messages;

namespace InfluenceSim.Engine.Running;

/// <summary>Collects (node, replicate) orders for one step and posts them to the coordinator in bounded batches.</summary>
internal sealed class OrderBuffer(IRunCoordinatorGrain coordinator, int step, int batchSize)
{
    private readonly List<int> _targets = [];
    private readonly List<int> _replicates = [];

    public async Task AddAsync(int node, int replicate)
    {
        _targets.Add(node);
        _replicates.Add(replicate);
        if (_targets.Count >= batchSize)
        {
            await FlushAsync();
        }
    }

    public async Task FlushAsync()
    {
        if (_targets.Count == 0)
        {
            return;
        }

        await coordinator.Post(new MailBatch(step, [.. _targets], [.. _replicates]));
        _targets.Clear();
        _replicates.Clear();
    }
}
