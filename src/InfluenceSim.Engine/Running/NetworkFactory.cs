using InfluenceSim.Networks;
using InfluenceSim.Networks.Files;
using InfluenceSim.Scenarios;
using InfluenceSim.Scenarios.Generators;

namespace InfluenceSim.Engine.Running;

/// <summary>Builds the network a scenario's <c>network:</c> block describes, with the generator it names (<see cref="Scenario.Generator"/>); random generators are seeded from the master seed.</summary>
public static class NetworkFactory
{
    /// <summary>
    /// The network; a file's node attributes (GraphML data keys or the node file) are read as
    /// <paramref name="attributes"/> names them, and its weights refused above 1 when
    /// <paramref name="weightsAreProbabilities"/>.
    /// </summary>
    public static Network Build(NetworkGenerator generator, NetworkSpec spec, long masterSeed, IReadOnlyList<NodeAttributeRule>? attributes = null, bool weightsAreProbabilities = false)
    {
        ArgumentNullException.ThrowIfNull(generator);
        ArgumentNullException.ThrowIfNull(spec);
        return generator.Build(spec, new NetworkBuildInputs(masterSeed, attributes ?? [], weightsAreProbabilities));
    }
}
