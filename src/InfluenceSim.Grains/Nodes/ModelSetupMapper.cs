using InfluenceSim.Abstractions.Messages;
using InfluenceSim.Models.Agents;
using InfluenceSim.Models.Distributions;

namespace InfluenceSim.Grains.Nodes;

/// <summary>Turns the model setup that travels to grains back into the pure model's settings.</summary>
internal static class ModelSetupMapper
{
    public static ModelSettings ToSettings(ModelSetup setup) =>
        new(setup.Kind, setup.Parameters.ToDictionary(p => p.Key, p => new Distribution((DistributionShape)p.Shape, p.First, p.Second)));
}
