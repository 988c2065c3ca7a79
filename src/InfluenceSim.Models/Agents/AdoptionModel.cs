using InfluenceSim.Models.Catalogue;
using InfluenceSim.Models.Distributions;
using InfluenceSim.Models.Randomness;

namespace InfluenceSim.Models.Agents;

/// <summary>
/// A configured model: makes the agent of each node and says which nodes must be visited at a
/// step although no mail reaches them (the round engine's frontier beyond mail).
/// </summary>
public sealed class AdoptionModel
{
    private readonly Func<int, NodeTies, Draws, int, NodeAgent> _createAgent;
    private readonly Distribution? _threshold;

    private AdoptionModel(ModelSettings settings, Func<int, NodeTies, Draws, int, NodeAgent> createAgent, bool needsInTies, Distribution? threshold)
    {
        Settings = settings;
        _createAgent = createAgent;
        NeedsInTies = needsInTies;
        _threshold = threshold;
    }

    public ModelSettings Settings { get; }

    /// <summary>Whether agents need their in-ties (their hosts may leave them out otherwise).</summary>
    public bool NeedsInTies { get; }

    /// <summary>Whether some node may have to be visited without mail at <paramref name="step"/> (so the engine must look for such nodes).</summary>
    public bool MayActWithoutMailAt(int step) => step == 1 && _threshold is not null && _threshold.CanYield(0, 0, 1);

    /// <summary>Configures the model named by <paramref name="settings"/>.</summary>
    public static AdoptionModel Create(ModelSettings settings)
    {
        switch (settings.Kind)
        {
            case ModelCatalogue.IndependentCascade:
                double p = settings.Number("probability");
                int steps = settings.Parameters.ContainsKey("prescribing-steps") ? (int)settings.Number("prescribing-steps") : 1;
                return new AdoptionModel(settings, (node, ties, draws, replicates) => new IndependentCascadeAgent(node, ties, draws, replicates, p, steps), needsInTies: false, threshold: null);
            case ModelCatalogue.LinearThreshold:
                var threshold = settings.Distribution("threshold");
                return new AdoptionModel(settings, (node, ties, draws, replicates) => new LinearThresholdAgent(node, ties, draws, replicates, threshold), needsInTies: true, threshold);
            case ModelCatalogue.ComplexContagion:
                int count = (int)settings.Number("threshold-count");
                return new AdoptionModel(settings, (node, ties, draws, replicates) => new ComplexContagionAgent(node, ties, draws, replicates, count), needsInTies: false, threshold: null);
            default:
                throw new ArgumentException($"unknown model kind '{settings.Kind}'", nameof(settings));
        }
    }

    /// <summary>The agent of one node, for a run of <paramref name="replicates"/> replicates.</summary>
    public NodeAgent CreateAgent(int node, NodeTies ties, Draws draws, int replicates) => _createAgent(node, ties, draws, replicates);

    /// <summary>Whether the node must be visited at <paramref name="step"/> of a replicate although no mail reaches it.</summary>
    public bool ActsWithoutMail(Draws draws, int replicate, int step, int node, int inDegree) =>
        _threshold is not null && LinearThresholdAgent.ActsWithoutMail(_threshold, draws, replicate, step, node, inDegree);
}
