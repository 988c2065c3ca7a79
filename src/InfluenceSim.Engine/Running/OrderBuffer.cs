using InfluenceSim.Abstractions.Grains;
using InfluenceSim.Abstractions.Messages;
using InfluenceSim.Models.Agents;

namespace InfluenceSim.Engine.Running;

/// <summary>Collects orders for one step (seeds, visits, broadcasts) and posts them to the coordinator in bounded batches.</summary>
internal sealed class OrderBuffer(IRunCoordinatorGrain coordinator, int step, int batchSize)
{
    private readonly List<int> _targets = [];
    private readonly List<int> _replicates = [];
    private readonly List<int> _senders = [];
    private readonly List<int> _kinds = [];

    /// <summary>Orders a seed adoption (step 0) or a visit without mail.</summary>
    public Task AddAsync(int node, int replicate) => AddAsync(node, replicate, -1, LetterKind.Visit);

    /// <summary>Orders a letter of <paramref name="kind"/> from <paramref name="sender"/> (a campaign number for a broadcast).</summary>
    public async Task AddAsync(int node, int replicate, int sender, int kind)
    {
        _targets.Add(node);
        _replicates.Add(replicate);
        _senders.Add(sender);
        _kinds.Add(kind);
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

        await coordinator.Post(new MailBatch(step, [.. _targets], [.. _replicates], [.. _senders], [.. _kinds]));
        _targets.Clear();
        _replicates.Clear();
        _senders.Clear();
        _kinds.Clear();
    }
}
