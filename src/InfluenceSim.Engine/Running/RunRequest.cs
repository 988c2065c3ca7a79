using InfluenceSim.Models.Agents;
using InfluenceSim.Models.Market;
using InfluenceSim.Networks;
using InfluenceSim.RunFolders.Results;
using InfluenceSim.Scenarios;
using InfluenceSim.Seeding;

namespace InfluenceSim.Engine.Running;

/// <summary>What one run needs: the network, the model, the seeds, the master seed, the lanes and the step bound.</summary>
public sealed record RunRequest(Network Network, ModelSettings Model, SeedPlan Seeds, long Seed, int Replicates, int MaxSteps)
{
    /// <summary>How many grain calls may be outstanding at once (the runner's and each partition's windows).</summary>
    public int Concurrency { get; init; } = 2048;

    /// <summary>The population's traits, the campaigns and the brand's stance (plain word of mouth by default).</summary>
    public MarketSettings Market { get; init; } = MarketSettings.Default;

    /// <summary>Trait values and segments fixed per node by the network file.</summary>
    public NodeAttributeValues Attributes { get; init; } = NodeAttributeValues.None;

    /// <summary>Whether the interaction stream is recorded, and its cap.</summary>
    public EventsOptions Events { get; init; } = EventsOptions.Off;

    /// <summary>Whether the per-node table (outputs: [nodes]) is recorded.</summary>
    public bool RecordNodes { get; init; }

    /// <summary>Seconds spent building the network, carried into the result's timings.</summary>
    public double NetworkBuildSeconds { get; init; }

    /// <summary>How the run hosts its nodes (never changes a result).</summary>
    public EngineHosting Hosting { get; init; } = EngineHosting.NodeGrains;

    /// <summary>The number of partitions asked for, or null to choose from the silos and cores.</summary>
    public int? Partitions { get; init; }

    /// <summary>The run's replicate that replicate 0 of this request stands for: a replicate batch's first (its draws, seeds and rows are the run's).</summary>
    public int FirstReplicate { get; init; }

    /// <summary>
    /// The batches of this request: under <c>blocks</c>, one per block of
    /// <see cref="SimulationRunner.BlockReplicateBatch"/> replicates (the last may hold fewer); under <c>node-grains</c>,
    /// one batch of every replicate (a node grain carries them all: a second batch would activate every node again).
    /// </summary>
    public IReadOnlyList<ReplicateBatch> Batches()
    {
        int size = Hosting == EngineHosting.Blocks ? SimulationRunner.BlockReplicateBatch : Replicates;
        return [.. Enumerable.Range(0, (Replicates + size - 1) / size)
            .Select(b => new ReplicateBatch(b, b * size, Math.Min(size, Replicates - (b * size))))];
    }
}
