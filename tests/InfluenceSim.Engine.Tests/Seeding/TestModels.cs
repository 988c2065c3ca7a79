using InfluenceSim.Models.Agents;
using InfluenceSim.Models.Catalogue;
using InfluenceSim.Models.Distributions;

namespace InfluenceSim.Engine.Tests.Seeding;

internal static class TestModels
{
    public static ModelSettings IndependentCascade(double probability) =>
        new(ModelCatalogue.IndependentCascade, new Dictionary<string, Distribution> { ["probability"] = Distribution.Constant(probability) });

    public static ModelSettings LinearThreshold(Distribution threshold) =>
        new(ModelCatalogue.LinearThreshold, new Dictionary<string, Distribution> { ["threshold"] = threshold });

    public static ModelSettings UniformThreshold => LinearThreshold(Distribution.Uniform(0, 1));
}
