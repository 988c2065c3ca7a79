namespace InfluenceSim.Models.Catalogue;

/// <summary>Every model a scenario can name under <c>model.kind</c>, each describing itself.</summary>
public static class ModelCatalogue
{
    public const string IndependentCascade = "independent-cascade";
    public const string LinearThreshold = "linear-threshold";
    public const string ComplexContagion = "complex-contagion";
    public const string Bass = "bass";

    /// <summary>Bass's default innovation p (the average of Sultan, Farley and Lehmann 1990).</summary>
    public const double DefaultInnovation = 0.03;

    /// <summary>Bass's default imitation q (the average of Sultan, Farley and Lehmann 1990).</summary>
    public const double DefaultImitation = 0.38;

    private static readonly ParameterDescriptor Aversion =
        new("aversion", ParameterKind.Number, 0, 1, 0, "weight of each negative message: adoption chances times (1 - aversion), or the threshold plus aversion");

    /// <summary>The models, in the order <c>models</c> prints them.</summary>
    public static IReadOnlyList<ModelDescriptor> All { get; } =
    [
        new(
            IndependentCascade,
            "A node u that adopted at step s prescribes to each out-neighbour v at steps s .. s + prescribing-steps - 1 (against the product when dissatisfied); its a-th prescription to v (a = 0 .. prescribing-steps - 1) lands when draw(PRESCRIBE, r, a, u, v) < (p(u, v) * propensity(u)) * credibility(u), p(u, v) from probability; v, if undecided, adopts at the step after (s + a + 1) on a landed positive one when draw(ADOPT, r, t, v, 1) < A(v) (credited to the lowest prescriber id), or first by broadcast when draw(ADOPT, r, t, v, 0) < b(v) * A(v).",
            ["susceptible", "adopted", "rejected"],
            [ModelRole.Consumer, ModelRole.Actor, ModelRole.Prescriber],
            [
                new("probability", ParameterKind.Number, 0, 1, null, "chance that one prescription converts its receiver: a number, or per tie from-weight (the tie's weight), weighted-cascade (1 / in-degree of the receiver) or trivalency (0.1, 0.01 or 0.001 drawn once per tie)"),
                new("prescribing-steps", ParameterKind.Integer, 1, 1000, 1, "steps an adopter keeps prescribing for, from its adoption step (1: the classic model)"),
                Aversion,
            ]),
        new(
            LinearThreshold,
            "v adopts at step t when the weighted share of its in-ties adopted by the end of step t-1 is >= its threshold (plus aversion per negative message; above 1 it rejects), or first by broadcast when draw(ADOPT, r, t, v, 0) < b(v); a node with no in-ties adopts only as a seed or by broadcast; threshold 0 with an in-tie adopts at step 1.",
            ["susceptible", "adopted", "rejected"],
            [ModelRole.Consumer, ModelRole.Actor, ModelRole.Prescriber],
            [
                new("threshold", ParameterKind.NumberOrDistribution, 0, 1, null, "share of weighted in-ties that must have adopted; a distribution is drawn per node and replicate with draw(TRAIT, r, 0, node, 0); may be left out when population.traits gives threshold"),
                Aversion,
            ]),
        new(
            ComplexContagion,
            "v adopts at step t when at least threshold-count distinct in-ties had adopted by the end of step t-1 (Centola and Macy 2007), or first by broadcast when draw(ADOPT, r, t, v, 0) < b(v); a node with fewer in-ties adopts only as a seed or by broadcast.",
            ["susceptible", "adopted"],
            [ModelRole.Consumer, ModelRole.Actor],
            [new("threshold-count", ParameterKind.Integer, 1, 1_000_000, 2, "how many distinct in-ties must have adopted (reinforcement from several sources)")]),
        new(
            Bass,
            "At step t an undecided node v adopts when draw(ADOPT, r, t, v, 0) < (innovation * b(v) + imitation * s(v)) * A(v), b(v) the broadcast strength of the campaigns reaching it at t, s(v) the weighted share of its in-ties adopted by the end of t-1; cause broadcast when the draw is below innovation * b(v) * A(v), else social proof (Bass 1969).",
            ["susceptible", "adopted", "rejected"],
            [ModelRole.Consumer, ModelRole.Actor, ModelRole.Prescriber],
            [
                new("innovation", ParameterKind.Number, 0, 1, DefaultInnovation, "p: the external influence of a broadcast (acts only where a campaign reaches)"),
                new("imitation", ParameterKind.Number, 0, 1, DefaultImitation, "q: the influence of the adopted share of in-ties"),
                Aversion,
            ]),
    ];

    /// <summary>The descriptor of <paramref name="kind"/>, or null when no model has that kind.</summary>
    public static ModelDescriptor? Find(string kind) => All.FirstOrDefault(m => m.Kind == kind);
}
