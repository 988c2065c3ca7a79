using InfluenceSim.Models.Agents;
using InfluenceSim.Models.Catalogue;
using InfluenceSim.Models.Distributions;
using InfluenceSim.Models.Market;

namespace InfluenceSim.Models.Definitions;

/// <summary><c>linear-threshold</c> (Granovetter 1978; Kempe, Kleinberg and Tardos 2003), docs/models.md: its descriptor, its agents and its answers.</summary>
public sealed class LinearThresholdModel : ModelDefinition
{
    public override ModelDescriptor Descriptor { get; } = ModelCatalogue.WithAversion(
        ModelCatalogue.LinearThreshold,
        "v adopts at step t when the weighted share of its in-ties adopted by the end of step t-1 is >= its threshold (plus aversion per negative message; above 1 it rejects), or first by broadcast when draw(ADOPT, r, t, v, 0) < b(v); a node with no in-ties adopts only as a seed or by broadcast; threshold 0 with an in-tie adopts at step 1.",
        [new("threshold", ParameterKind.NumberOrDistribution, 0, 1, null, "share of weighted in-ties that must have adopted; a distribution is drawn per node and replicate with draw(TRAIT, r, 0, node, 0); may be left out when population.traits gives threshold")]);

    public override bool NeedsInTies => true;

    public override AgentBlock CreateBlock(ModelSettings settings, AgentContext context, int firstNode, int replicates, int firstReplicate) =>
        new LinearThresholdAgent(context, firstNode, replicates, firstReplicate);

    /// <summary>Some node may have threshold 0 (and so adopt at step 1 without mail): the model's threshold can be 0, or the population or the network file sets thresholds.</summary>
    public override bool MayActWithoutMail(ModelSettings settings, PopulationSettings population, NodeAttributeValues attributes) =>
        (settings.Parameters.TryGetValue("threshold", out var threshold) && threshold.CanYield(0, 0, 1))
        || attributes.Traits.ContainsKey(Trait.Threshold)
        || population.Traits.ContainsKey(Trait.Threshold)
        || population.Segments.Any(s => s.Traits.ContainsKey(Trait.Threshold));

    /// <summary>Threshold 0 with an in-tie adopts at step 1.</summary>
    public override bool ActsWithoutMail(PopulationTraits traits, NodeFixedValues fixedValues, int replicate, int step, int node, int inDegree) =>
        step == 1 && inDegree > 0 && traits.Value(Trait.Threshold, replicate, node, fixedValues) == 0;

    /// <summary>With the model's own threshold (not the population's); reverse-reachable sets are exact for thresholds uniform on [0, 1] only.</summary>
    public override GreedyEstimate? Greedy(ModelSettings settings) =>
        settings.Parameters.TryGetValue("threshold", out var threshold)
            ? new(SpreadProcess.LinearThreshold, threshold is { Shape: DistributionShape.Uniform, First: 0, Second: 1 })
            : null;
}
