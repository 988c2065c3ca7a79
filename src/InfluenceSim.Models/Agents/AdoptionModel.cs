using InfluenceSim.Models.Catalogue;
using InfluenceSim.Models.Distributions;
using InfluenceSim.Models.Market;
using InfluenceSim.Models.Randomness;

namespace InfluenceSim.Models.Agents;

/// <summary>A configured model in its market: makes the agents of a block of nodes, or of one node.</summary>
public sealed class AdoptionModel
{
    private readonly Func<AgentContext, int, int, int, AgentBlock> _createBlock;

    private AdoptionModel(ModelSettings settings, PopulationSettings population, WordOfMouthSettings wordOfMouth, Func<AgentContext, int, int, int, AgentBlock> createBlock, bool needsInTies)
    {
        Settings = settings;
        Population = population;
        WordOfMouth = wordOfMouth;
        _createBlock = createBlock;
        NeedsInTies = needsInTies;
    }

    public ModelSettings Settings { get; }

    public PopulationSettings Population { get; }

    public WordOfMouthSettings WordOfMouth { get; }

    /// <summary>Whether agents need their in-ties (their hosts may leave them out otherwise).</summary>
    public bool NeedsInTies { get; }

    /// <summary>The model's <c>aversion</c> (0 for a model without one).</summary>
    public double Aversion => Settings.Parameters.TryGetValue("aversion", out var value) ? value.First : 0;

    /// <summary>Configures the model named by <paramref name="settings"/> in <paramref name="market"/>.</summary>
    public static AdoptionModel Create(ModelSettings settings, MarketSettings market) =>
        Create(settings, market.Population, WordOfMouthSettings.From(market));

    /// <summary>Configures the model named by <paramref name="settings"/> with the population and word-of-mouth settings a node needs.</summary>
    public static AdoptionModel Create(ModelSettings settings, PopulationSettings population, WordOfMouthSettings wordOfMouth)
    {
        switch (settings.Kind)
        {
            case ModelCatalogue.IndependentCascade:
                double? p = settings.Parameters.ContainsKey("probability") ? settings.Number("probability") : null;
                int steps = settings.PrescribingSteps;
                return new AdoptionModel(settings, population, wordOfMouth, (context, first, replicates, firstReplicate) => new IndependentCascadeAgent(context, first, replicates, firstReplicate, p, steps), needsInTies: false);
            case ModelCatalogue.LinearThreshold:
                return new AdoptionModel(settings, population, wordOfMouth, (context, first, replicates, firstReplicate) => new LinearThresholdAgent(context, first, replicates, firstReplicate), needsInTies: true);
            case ModelCatalogue.ComplexContagion:
                int count = (int)settings.Number("threshold-count");
                return new AdoptionModel(settings, population, wordOfMouth, (context, first, replicates, firstReplicate) => new ComplexContagionAgent(context, first, replicates, firstReplicate, count), needsInTies: false);
            case ModelCatalogue.Bass:
                double innovation = NumberOr(settings, "innovation", ModelCatalogue.DefaultInnovation);
                double imitation = NumberOr(settings, "imitation", ModelCatalogue.DefaultImitation);
                return new AdoptionModel(settings, population, wordOfMouth, (context, first, replicates, firstReplicate) => new BassAgent(context, first, replicates, firstReplicate, innovation, imitation), needsInTies: true);
            default:
                throw new ArgumentException($"unknown model kind '{settings.Kind}'", nameof(settings));
        }
    }

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
    /// <paramref name="replicates"/> - 1.
    /// </summary>
    public AgentBlock CreateBlock(int firstNode, NodeTies ties, Draws draws, FixedValueTable fixedValues, int replicates, int firstReplicate) =>
        _createBlock(new AgentContext(ties, draws, Traits(draws), fixedValues, WordOfMouth, Aversion), firstNode, replicates, firstReplicate);

    private static double NumberOr(ModelSettings settings, string key, double fallback) =>
        settings.Parameters.ContainsKey(key) ? settings.Number(key) : fallback;
}
