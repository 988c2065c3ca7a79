using InfluenceSim.Models.Catalogue;
using InfluenceSim.Models.Distributions;
using InfluenceSim.Models.Market;
using InfluenceSim.Models.Randomness;

namespace InfluenceSim.Models.Agents;

/// <summary>A configured model in its market: makes the agent of each node.</summary>
public sealed class AdoptionModel
{
    private readonly Func<int, AgentContext, int, NodeAgent> _createAgent;

    private AdoptionModel(ModelSettings settings, PopulationSettings population, WordOfMouthSettings wordOfMouth, Func<int, AgentContext, int, NodeAgent> createAgent, bool needsInTies)
    {
        Settings = settings;
        Population = population;
        WordOfMouth = wordOfMouth;
        _createAgent = createAgent;
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
                double p = settings.Number("probability");
                int steps = (int)NumberOr(settings, "prescribing-steps", 1);
                return new AdoptionModel(settings, population, wordOfMouth, (node, context, replicates) => new IndependentCascadeAgent(node, context, replicates, p, steps), needsInTies: false);
            case ModelCatalogue.LinearThreshold:
                return new AdoptionModel(settings, population, wordOfMouth, (node, context, replicates) => new LinearThresholdAgent(node, context, replicates), needsInTies: true);
            case ModelCatalogue.ComplexContagion:
                int count = (int)settings.Number("threshold-count");
                return new AdoptionModel(settings, population, wordOfMouth, (node, context, replicates) => new ComplexContagionAgent(node, context, replicates, count), needsInTies: false);
            case ModelCatalogue.Bass:
                double innovation = NumberOr(settings, "innovation", ModelCatalogue.DefaultInnovation);
                double imitation = NumberOr(settings, "imitation", ModelCatalogue.DefaultImitation);
                return new AdoptionModel(settings, population, wordOfMouth, (node, context, replicates) => new BassAgent(node, context, replicates, innovation, imitation), needsInTies: true);
            default:
                throw new ArgumentException($"unknown model kind '{settings.Kind}'", nameof(settings));
        }
    }

    /// <summary>The model's threshold parameter (trait 0's last fallback), or null for a model without one.</summary>
    public Distribution? Threshold => Settings.Parameters.TryGetValue("threshold", out var threshold) ? threshold : null;

    /// <summary>The traits resolver of a run with master seed <paramref name="draws"/>.</summary>
    public PopulationTraits Traits(Draws draws) => new(Population, Threshold, draws);

    /// <summary>The agent of one node, for a run of <paramref name="replicates"/> replicates.</summary>
    public NodeAgent CreateAgent(int node, NodeTies ties, Draws draws, NodeFixedValues fixedValues, int replicates) =>
        _createAgent(node, new AgentContext(ties, draws, Traits(draws), fixedValues, WordOfMouth, Aversion), replicates);

    private static double NumberOr(ModelSettings settings, string key, double fallback) =>
        settings.Parameters.ContainsKey(key) ? settings.Number(key) : fallback;
}
