namespace InfluenceSim.Models.Catalogue;

/// <summary>Every model a scenario can name under <c>model.kind</c>, each describing itself.</summary>
public static class ModelCatalogue
{
    public const string IndependentCascade = "independent-cascade";
    public const string LinearThreshold = "linear-threshold";
    public const string ComplexContagion = "complex-contagion";

    /// <summary>The models, in the order <c>models</c> prints them.</summary>
    public static IReadOnlyList<ModelDescriptor> All { get; } =
    [
        new(
            IndependentCascade,
            "A node u that adopted at step s prescribes to each out-neighbour v at steps s .. s + prescribing-steps - 1; v, if not yet adopted, adopts at step t when draw(PRESCRIBE, r, t-1, u, v) < probability for a prescription of step t-1 (several successes: one adoption, credited to the lowest prescriber id).",
            ["susceptible", "adopted"],
            [ModelRole.Consumer, ModelRole.Actor, ModelRole.Prescriber],
            [
                new("probability", ParameterKind.Number, 0, 1, null, "chance that one prescription converts its receiver"),
                new("prescribing-steps", ParameterKind.Integer, 1, 1000, 1, "steps an adopter keeps prescribing for, from its adoption step (1: the classic model)"),
            ]),
        new(
            LinearThreshold,
            "v adopts at step t when the weighted share of its in-ties adopted by the end of step t-1 is >= its threshold; a node with no in-ties adopts only as a seed; threshold 0 with an in-tie adopts at step 1.",
            ["susceptible", "adopted"],
            [ModelRole.Consumer, ModelRole.Actor],
            [new("threshold", ParameterKind.NumberOrDistribution, 0, 1, null, "share of weighted in-ties that must have adopted; a distribution is drawn per node and replicate with draw(TRAIT, r, 0, node, 0)")]),
        new(
            ComplexContagion,
            "v adopts at step t when at least threshold-count distinct in-ties had adopted by the end of step t-1 (Centola and Macy 2007); a node with fewer in-ties adopts only as a seed.",
            ["susceptible", "adopted"],
            [ModelRole.Consumer, ModelRole.Actor],
            [new("threshold-count", ParameterKind.Integer, 1, 1_000_000, 2, "how many distinct in-ties must have adopted (reinforcement from several sources)")]),
    ];

    /// <summary>The descriptor of <paramref name="kind"/>, or null when no model has that kind.</summary>
    public static ModelDescriptor? Find(string kind) => All.FirstOrDefault(m => m.Kind == kind);
}
