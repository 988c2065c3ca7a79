using InfluenceSim.Abstractions.Grains;
using InfluenceSim.Abstractions.Messages;
using InfluenceSim.Abstractions.Partitioning;
using InfluenceSim.Models.Agents;
using InfluenceSim.Models.Market;
using InfluenceSim.Models.Randomness;
using InfluenceSim.RunFolders.Results;

namespace InfluenceSim.Engine.Running;

/// <summary>
/// A run's partition grains, as the runner sees them: it begins them, hands each its slice of the
/// network once (in chunks built on the fly, so no second copy of the network stays alive), asks
/// them all to advance (the barrier), and merges what they hold at the end (docs/architecture.md
/// "The merge contract").
/// </summary>
internal sealed class RunPartitions
{
    /// <summary>How many nodes one activation chunk carries at most.</summary>
    public const int SliceSize = 4_096;

    private const int PageSize = 100_000;
    private const int RecordPageSize = 4_096;

    private readonly IPartitionGrain[] _grains;
    private readonly string[] _silos;

    public RunPartitions(IGrainFactory grains, string runId, PartitionMap map)
    {
        Map = map;
        _grains = [.. Enumerable.Range(0, map.Partitions).Select(p => grains.GetGrain<IPartitionGrain>(p, runId))];
        _silos = new string[map.Partitions];
    }

    public PartitionMap Map { get; }

    public IPartitionGrain this[int partition] => _grains[partition];

    /// <summary>Begins every partition; <paramref name="plan"/> gives partition p's plan.</summary>
    public async Task BeginAsync(Func<int, PartitionPlan> plan)
    {
        var silos = await Task.WhenAll(_grains.Select((g, p) => g.Begin(plan(p))));
        silos.CopyTo(_silos, 0);
    }

    /// <summary>
    /// Sends every partition that does not hold its slice yet (<see cref="IPartitionGrain.HoldsSlice"/>) that slice, all partitions at once, one chunk in flight each, with each node's share of
    /// <paramref name="probabilities"/> (<see cref="OutProbabilities"/>, built once per run);
    /// <paramref name="joined"/> hears, after each chunk, how many nodes have joined on each silo.
    /// </summary>
    public async Task JoinAsync(RunRequest request, double[]? probabilities, bool withInTies, Action<IReadOnlyDictionary<string, int>> joined, CancellationToken cancellationToken)
    {
        var bySilo = _silos.Distinct().ToDictionary(s => s, _ => 0, StringComparer.Ordinal);
        bool unweighted = request.Network.Unweighted;
        var gate = new object();
        void Joined(int partition, int count)
        {
            lock (gate)
            {
                bySilo[_silos[partition]] += count;
                joined(new Dictionary<string, int>(bySilo, StringComparer.Ordinal));
            }
        }

        await Task.WhenAll(_grains.Select(async (grain, p) =>
        {
            int end = Map.First(p + 1);
            if (await grain.HoldsSlice())
            {
                Joined(p, Map.Count(p));
                return;
            }

            for (int first = Map.First(p); first < end && !cancellationToken.IsCancellationRequested; first += SliceSize)
            {
                int count = Math.Min(SliceSize, end - first);
                await grain.Join(Slice(request, withInTies, unweighted, probabilities, first, count));
                Joined(p, count);
            }
        }));
        cancellationToken.ThrowIfCancellationRequested();
    }

    /// <summary>Runs <paramref name="step"/> on every partition; returns once all have answered (the barrier).</summary>
    public Task<PartitionStep[]> AdvanceAsync(int step) => Task.WhenAll(_grains.Select(g => g.Advance(step)));

    public Task<PartitionOutcome[]> OutcomesAsync() => Task.WhenAll(_grains.Select(g => g.Outcome()));

    /// <summary>
    /// The run's interaction stream: every partition's kept rows, numbered from the run's replicate
    /// <paramref name="firstReplicate"/> (a replicate batch's first), capped and ordered by <see cref="EventOrder.Capped"/>.
    /// </summary>
    public async Task<IReadOnlyList<InteractionEvent>> EventsAsync(PartitionOutcome[] outcomes, long cap, int firstReplicate)
    {
        var events = new List<InteractionEvent>();
        for (int p = 0; p < _grains.Length; p++)
        {
            int kept = outcomes[p].EventsKept;
            for (int skip = 0; skip < kept; skip += PageSize)
            {
                var page = await _grains[p].Events(skip, Math.Min(PageSize, kept - skip));
                for (int i = 0; i < page.Replicates.Length; i++)
                {
                    int kind = page.Kinds[i];
                    events.Add(new InteractionEvent(
                        firstReplicate + page.Replicates[i],
                        page.Steps[i],
                        page.Senders[i],
                        page.Receivers[i],
                        LetterKind.MessageKindOf(kind),
                        LetterKind.IsNegative(kind) ? Valence.Negative : Valence.Positive,
                        (MessageOutcome)page.Outcomes[i]));
                }
            }
        }

        return EventOrder.Capped(events, cap);
    }

    /// <summary>Every node's records, by node id: each partition's in node order, partitions in order.</summary>
    public async Task<NodeRecords[]> RecordsAsync(int[] lastSteps)
    {
        var records = new NodeRecords[Map.Nodes];
        await Task.WhenAll(_grains.Select(async (grain, p) =>
        {
            int first = Map.First(p);
            int count = Map.Count(p);
            for (int skip = 0; skip < count; skip += RecordPageSize)
            {
                var page = await grain.Records(lastSteps, skip, Math.Min(RecordPageSize, count - skip));
                page.CopyTo(records, first + skip);
            }
        }));
        return records;
    }

    public Task ReleaseAsync() => Task.WhenAll(_grains.Select(g => g.Release()));

    /// <summary>Independent cascade's p(u, v) of every out-tie when the model's rule stores them (docs/models.md "Per-tie probabilities"), else null.</summary>
    public static double[]? OutProbabilities(RunRequest request)
    {
        if (!request.Model.Definition.HasTieProbabilities)
        {
            return null;
        }

        var network = request.Network;
        var (outOffsets, outTargets, outWeights) = network.OutRows;
        return TieProbabilities.For(request.Model, new Draws(request.Seed)).OutTable(outOffsets.Span, outTargets.Span, outWeights.Span, network.InRows.Offsets.Span);
    }

    private static NetworkSlice Slice(RunRequest request, bool withInTies, bool unweighted, double[]? probabilities, int first, int count)
    {
        var network = request.Network;
        var attributes = request.Attributes;
        var nodes = new NodeJoin[count];
        for (int i = 0; i < count; i++)
        {
            int node = first + i;
            nodes[i] = new NodeJoin(
                node,
                network.OutNeighbours(node).ToArray(),
                unweighted ? null : network.OutWeights(node).ToArray(),
                withInTies ? network.InNeighbours(node).ToArray() : [],
                withInTies && !unweighted ? network.InWeights(node).ToArray() : null,
                attributes.Traits.Count == 0 ? null : attributes.For(node).Traits,
                attributes.Segments?[node] ?? -1)
            {
                OutProbabilities = probabilities?[network.OutRows.Offsets.Span[node]..network.OutRows.Offsets.Span[node + 1]],
            };
        }

        return new NetworkSlice(nodes);
    }
}
