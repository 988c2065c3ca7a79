using InfluenceSim.Abstractions.Messages;
using InfluenceSim.Models.Agents;

namespace InfluenceSim.Engine.Running;

/// <summary>Turns the pure model's settings into the setup that travels to node grains.</summary>
internal static class ModelSetupFactory
{
    public static ModelSetup From(ModelSettings settings) => new(
        settings.Kind,
        [.. settings.Parameters.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new ParameterSetup(p.Key, (int)p.Value.Shape, p.Value.First, p.Value.Second))]);
}
