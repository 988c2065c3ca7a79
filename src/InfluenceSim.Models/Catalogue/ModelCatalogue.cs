using InfluenceSim.Models.Definitions;

namespace InfluenceSim.Models.Catalogue;

/// <summary>The built-in models, each a <see cref="ModelDefinition"/> that describes itself: the one place they are listed.</summary>
public static class ModelCatalogue
{
    public const string IndependentCascade = "independent-cascade";
    public const string LinearThreshold = "linear-threshold";
    public const string ComplexContagion = "complex-contagion";
    public const string Bass = "bass";

    /// <summary>The <c>aversion</c> parameter the models with negative word of mouth share.</summary>
    public static ParameterDescriptor Aversion { get; } =
        new("aversion", ParameterKind.Number, 0, 1, 0, "weight of each negative message: adoption chances times (1 - aversion), or the threshold plus aversion");

    /// <summary>
    /// The descriptor of a model with negative word of mouth: states susceptible, adopted and rejected, every role, and
    /// <paramref name="parameters"/> followed by <see cref="Aversion"/>.
    /// </summary>
    public static ModelDescriptor WithAversion(string kind, string rule, IReadOnlyList<ParameterDescriptor> parameters) =>
        new(kind, rule, ["susceptible", "adopted", "rejected"], [ModelRole.Consumer, ModelRole.Actor, ModelRole.Prescriber], [.. parameters, Aversion]);

    /// <summary>The built-in models, in the order <c>models</c> prints them.</summary>
    public static IReadOnlyList<ModelDefinition> Definitions { get; } =
        [new IndependentCascadeModel(), new LinearThresholdModel(), new ComplexContagionModel(), new BassModel()];
}
