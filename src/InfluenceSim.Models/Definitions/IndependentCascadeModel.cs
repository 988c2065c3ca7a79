using InfluenceSim.Models.Agents;
using InfluenceSim.Models.Catalogue;

namespace InfluenceSim.Models.Definitions;

/// <summary><c>independent-cascade</c> (Kempe, Kleinberg and Tardos 2003), docs/models.md: its descriptor, its agents and its answers.</summary>
public sealed class IndependentCascadeModel : ModelDefinition
{
    public override ModelDescriptor Descriptor { get; } = ModelCatalogue.WithAversion(
        ModelCatalogue.IndependentCascade,
        "A node u that adopted at step s prescribes to each out-neighbour v at steps s .. s + prescribing-steps - 1 (against the product when dissatisfied); its a-th prescription to v (a = 0 .. prescribing-steps - 1) lands when draw(PRESCRIBE, r, a, u, v) < (p(u, v) * propensity(u)) * credibility(u), p(u, v) from probability; v, if undecided, adopts at the step after (s + a + 1) on a landed positive one when draw(ADOPT, r, t, v, 1) < A(v) (credited to the lowest prescriber id), or first by broadcast when draw(ADOPT, r, t, v, 0) < b(v) * A(v).",
        [
            new("probability", ParameterKind.Number, 0, 1, null, "chance that one prescription converts its receiver: a number, or per tie from-weight (the tie's weight), weighted-cascade (1 / in-degree of the receiver) or trivalency (0.1, 0.01 or 0.001 drawn once per tie)"),
            new("prescribing-steps", ParameterKind.Integer, 1, 1000, 1, "steps an adopter keeps prescribing for, from its adoption step (1: the classic model)"),
        ]);

    public override bool HasTieProbabilities => true;

    public override bool TakesTieRule(string key) => key == "probability";

    public override AgentBlock CreateBlock(ModelSettings settings, AgentContext context, int firstNode, int replicates, int firstReplicate)
    {
        double? p = settings.Parameters.ContainsKey("probability") ? settings.Number("probability") : null;
        return new IndependentCascadeAgent(context, firstNode, replicates, firstReplicate, p, settings.PrescribingSteps);
    }

    /// <summary>Live-edge coins, which reverse-reachable sets represent exactly.</summary>
    public override GreedyEstimate? Greedy(ModelSettings settings) => new(SpreadProcess.IndependentCascade, ReverseReachable: true);
}
