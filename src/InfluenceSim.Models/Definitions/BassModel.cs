using InfluenceSim.Models.Agents;
using InfluenceSim.Models.Catalogue;

namespace InfluenceSim.Models.Definitions;

/// <summary><c>bass</c> (Bass 1969) on a network, docs/models.md: its descriptor and its agents.</summary>
public sealed class BassModel : ModelDefinition
{
    /// <summary>Bass's default innovation p (the average of Sultan, Farley and Lehmann 1990).</summary>
    public const double DefaultInnovation = 0.03;

    /// <summary>Bass's default imitation q (the average of Sultan, Farley and Lehmann 1990).</summary>
    public const double DefaultImitation = 0.38;

    public override ModelDescriptor Descriptor { get; } = ModelCatalogue.WithAversion(
        ModelCatalogue.Bass,
        "At step t an undecided node v adopts when draw(ADOPT, r, t, v, 0) < (innovation * b(v) + imitation * s(v)) * A(v), b(v) the broadcast strength of the campaigns reaching it at t, s(v) the weighted share of its in-ties adopted by the end of t-1; cause broadcast when the draw is below innovation * b(v) * A(v), else social proof (Bass 1969).",
        [
            new("innovation", ParameterKind.Number, 0, 1, DefaultInnovation, "p: the external influence of a broadcast (acts only where a campaign reaches)"),
            new("imitation", ParameterKind.Number, 0, 1, DefaultImitation, "q: the influence of the adopted share of in-ties"),
        ]);

    public override bool NeedsInTies => true;

    public override AgentBlock CreateBlock(ModelSettings settings, AgentContext context, int firstNode, int replicates, int firstReplicate) =>
        new BassAgent(context, firstNode, replicates, firstReplicate, NumberOr(settings, "innovation", DefaultInnovation), NumberOr(settings, "imitation", DefaultImitation));

    private static double NumberOr(ModelSettings settings, string key, double fallback) =>
        settings.Parameters.ContainsKey(key) ? settings.Number(key) : fallback;
}
