using InfluenceSim.Models.Distributions;
using InfluenceSim.Models.Market;
using InfluenceSim.Models.Randomness;

namespace InfluenceSim.Models.Agents;

/// <summary>A configured model in its market: makes the agents of a block of nodes, or of one node.</summary>
public sealed class AdoptionModel(ModelSettings settings, PopulationSettings population, WordOfMouthSettings wordOfMouth)
{
    public ModelSettings Settings { get; } = settings;

    public PopulationSettings Population { get; } = population;

    public WordOfMouthSettings WordOfMouth { get; } = wordOfMouth;

    /// <summary>Whether agents need their in-ties (their hosts may leave them out otherwise).</summary>
    public bool NeedsInTies => Settings.Definition.NeedsInTies;

    /// <summary>The model's <c>aversion</c> (0 for a model without one).</summary>
    public double Aversion => Settings.Parameters.TryGetValue("aversion", out var value) ? value.First : 0;

    /// <summary>Configures the model named by <paramref name="settings"/> in <paramref name="market"/>.</summary>
    public static AdoptionModel Create(ModelSettings settings, MarketSettings market) =>
        new(settings, market.Population, WordOfMouthSettings.From(market));

    /// <summary>The model's threshold parameter (trait 0's last fallback), or null for a model without one.</summary>
    public Distribution? Threshold => Settings.Parameters.TryGetValue("threshold", out var threshold) ? threshold : null;

    /// <summary>The traits resolver of a run with master seed <paramref name="draws"/>.</summary>
    public PopulationTraits Traits(Draws draws) => new(Population, Threshold, draws);

    /// <summary>The agent of one node, for a run of <paramref name="replicates"/> replicates: a block of that node alone.</summary>
    public NodeAgent CreateAgent(int node, NodeTies ties, Draws draws, NodeFixedValues fixedValues, int replicates) =>
        new(CreateBlock(node, ties, draws, FixedValueTable.Of(fixedValues), replicates, 0), 0);

    /// <summary>
    /// The agents of the nodes <paramref name="firstNode"/> .. + <c>ties.NodeCount</c> - 1 (node
    /// index i is node <paramref name="firstNode"/> + i in <paramref name="ties"/> and
    /// <paramref name="fixedValues"/>), over the replicates <paramref name="firstReplicate"/> .. +
    /// <paramref name="replicates"/> - 1; its state arrays come from <paramref name="lanes"/> when given.
    /// </summary>
    public AgentBlock CreateBlock(int firstNode, NodeTies ties, Draws draws, FixedValueTable fixedValues, int replicates, int firstReplicate, LaneShelf? lanes = null) =>
        Settings.Definition.CreateBlock(Settings, new AgentContext(ties, draws, Traits(draws), fixedValues, WordOfMouth, Aversion, lanes), firstNode, replicates, firstReplicate);
}
