using InfluenceSim.Models.Catalogue;
using InfluenceSim.Models.Distributions;
using InfluenceSim.Models.Market;
using InfluenceSim.Models.Randomness;

namespace InfluenceSim.Models.Agents;

/// <summary>
/// A configured model in its market: makes the agent of each node and says which nodes must be
/// visited at a step although no mail reaches them (the round engine's frontier beyond mail).
/// </summary>
public sealed class AdoptionModel
{
    private readonly Func<int, AgentContext, int, NodeAgent> _createAgent;
    private readonly bool _thresholdMayBeZero;

    private AdoptionModel(ModelSettings settings, PopulationSettings population, WordOfMouthSettings wordOfMouth, Func<int, AgentContext, int, NodeAgent> createAgent, bool needsInTies, bool thresholdMayBeZero)
    {
        Settings = settings;
        Population = population;
        WordOfMouth = wordOfMouth;
        _createAgent = createAgent;
        NeedsInTies = needsInTies;
        _thresholdMayBeZero = thresholdMayBeZero;
    }

    public ModelSettings Settings { get; }

    public PopulationSettings Population { get; }

    public WordOfMouthSettings WordOfMouth { get; }

    /// <summary>Whether agents need their in-ties (their hosts may leave them out otherwise).</summary>
    public bool NeedsInTies { get; }

    /// <summary>The model's <c>aversion</c> (0 for a model without one).</summary>
    public double Aversion => Settings.Parameters.TryGetValue("aversion", out var value) ? value.First : 0;

    /// <summary>Whether some node may have to be visited without mail at <paramref name="step"/> (so the engine must look for such nodes).</summary>
    public bool MayActWithoutMailAt(int step) => step == 1 && _thresholdMayBeZero;

    /// <summary>Configures the model named by <paramref name="settings"/> in <paramref name="market"/>; <paramref name="attributes"/> says which traits the network file fixes.</summary>
    public static AdoptionModel Create(ModelSettings settings, MarketSettings market, NodeAttributeValues attributes) =>
        Create(settings, market.Population, WordOfMouthSettings.From(market), attributes.Traits.ContainsKey(Trait.Threshold));

    /// <summary>Configures the model named by <paramref name="settings"/>; <paramref name="fileSetsThreshold"/> says whether the network file fixes thresholds.</summary>
    public static AdoptionModel Create(ModelSettings settings, PopulationSettings population, WordOfMouthSettings wordOfMouth, bool fileSetsThreshold)
    {
        switch (settings.Kind)
        {
            case ModelCatalogue.IndependentCascade:
                double p = settings.Number("probability");
                int steps = (int)NumberOr(settings, "prescribing-steps", 1);
                return new AdoptionModel(settings, population, wordOfMouth, (node, context, replicates) => new IndependentCascadeAgent(node, context, replicates, p, steps), needsInTies: false, thresholdMayBeZero: false);
            case ModelCatalogue.LinearThreshold:
                bool mayBeZero = (settings.Parameters.TryGetValue("threshold", out var threshold) && threshold.CanYield(0, 0, 1)) || fileSetsThreshold || SetsThreshold(population);
                return new AdoptionModel(settings, population, wordOfMouth, (node, context, replicates) => new LinearThresholdAgent(node, context, replicates), needsInTies: true, mayBeZero);
            case ModelCatalogue.ComplexContagion:
                int count = (int)settings.Number("threshold-count");
                return new AdoptionModel(settings, population, wordOfMouth, (node, context, replicates) => new ComplexContagionAgent(node, context, replicates, count), needsInTies: false, thresholdMayBeZero: false);
            case ModelCatalogue.Bass:
                double innovation = NumberOr(settings, "innovation", ModelCatalogue.DefaultInnovation);
                double imitation = NumberOr(settings, "imitation", ModelCatalogue.DefaultImitation);
                return new AdoptionModel(settings, population, wordOfMouth, (node, context, replicates) => new BassAgent(node, context, replicates, innovation, imitation), needsInTies: true, thresholdMayBeZero: false);
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

    private static bool SetsThreshold(PopulationSettings population) =>
        population.Traits.ContainsKey(Trait.Threshold) || population.Segments.Any(s => s.Traits.ContainsKey(Trait.Threshold));
}
