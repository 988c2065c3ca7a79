using InfluenceSim.Models.Agents;
using InfluenceSim.Models.Catalogue;

namespace InfluenceSim.Models.Definitions;

/// <summary><c>complex-contagion</c> (Centola and Macy 2007), docs/models.md: its descriptor and its agents.</summary>
public sealed class ComplexContagionModel : ModelDefinition
{
    public override ModelDescriptor Descriptor { get; } = new(
        ModelCatalogue.ComplexContagion,
        "v adopts at step t when at least threshold-count distinct in-ties had adopted by the end of step t-1 (Centola and Macy 2007), or first by broadcast when draw(ADOPT, r, t, v, 0) < b(v); a node with fewer in-ties adopts only as a seed or by broadcast.",
        ["susceptible", "adopted"],
        [ModelRole.Consumer, ModelRole.Actor],
        [new("threshold-count", ParameterKind.Integer, 1, 1_000_000, 2, "how many distinct in-ties must have adopted (reinforcement from several sources)")]);

    public override AgentBlock CreateBlock(ModelSettings settings, AgentContext context, int firstNode, int replicates, int firstReplicate) =>
        new ComplexContagionAgent(context, firstNode, replicates, firstReplicate, (int)settings.Number("threshold-count"));
}
