using InfluenceSim.Engine.Scenarios;
using InfluenceSim.Networks;
using InfluenceSim.Networks.Files;
using Generators = InfluenceSim.Networks.Generators.NetworkGenerators;
using GeneratorNames = InfluenceSim.Engine.Scenarios.NetworkGenerators;

namespace InfluenceSim.Engine.Running;

/// <summary>Builds the network a scenario's <c>network:</c> block describes; random generators are seeded from the master seed.</summary>
public static class NetworkFactory
{
    /// <summary>
    /// The network; a file's node attributes (GraphML data keys or the node file) are read as
    /// <paramref name="attributes"/> names them, and its weights refused above 1 when
    /// <paramref name="weightsAreProbabilities"/>.
    /// </summary>
    public static Network Build(NetworkSpec spec, long masterSeed, IReadOnlyList<NodeAttributeRule>? attributes = null, bool weightsAreProbabilities = false) => spec.Generator switch
    {
        GeneratorNames.ErdosRenyi => Generators.ErdosRenyi(Nodes(spec), Required(spec.MeanDegree, "mean-degree"), masterSeed),
        GeneratorNames.BarabasiAlbert => Generators.BarabasiAlbert(Nodes(spec), Required(spec.M, "m"), masterSeed),
        GeneratorNames.WattsStrogatz => Generators.WattsStrogatz(Nodes(spec), Required(spec.K, "k"), Required(spec.Rewire, "rewire"), masterSeed),
        GeneratorNames.RingLattice => Generators.RingLattice(Nodes(spec), Required(spec.K, "k")),
        GeneratorNames.Complete => Generators.Complete(Nodes(spec)),
        GeneratorNames.Star => Generators.Star(Nodes(spec)),
        GeneratorNames.Path => Generators.Path(Nodes(spec)),
        GeneratorNames.StochasticBlock => Generators.StochasticBlock(spec.Blocks ?? throw Missing("blocks"), Required(spec.PIn, "p-in"), Required(spec.POut, "p-out"), masterSeed),
        GeneratorNames.Configuration => Configuration(spec, masterSeed),
        GeneratorNames.PowerLawCluster => Generators.PowerLawCluster(Nodes(spec), Required(spec.M, "m"), Required(spec.Triad, "triad"), masterSeed),
        GeneratorNames.File => FromFile(spec, attributes ?? [], weightsAreProbabilities),
        _ => throw new ArgumentException($"unknown generator '{spec.Generator}'", nameof(spec)),
    };

    private static Network FromFile(NetworkSpec spec, IReadOnlyList<NodeAttributeRule> attributes, bool weightsAreProbabilities)
    {
        var network = NetworkFileReader.Read(spec.Path ?? throw new ArgumentException("a file network needs a path", nameof(spec)), spec.Directed, attributes, weightsAreProbabilities);
        return spec.NodeFile is null ? network : NodeFileReader.Read(spec.NodeFile, network, attributes);
    }

    private static Network Configuration(NetworkSpec spec, long masterSeed) => spec.Degrees is { } degrees
        ? Generators.Configuration(degrees, masterSeed)
        : Generators.ConfigurationPowerLaw(Nodes(spec), Required(spec.Exponent, "power-law.exponent"), Required(spec.MinDegree, "power-law.min-degree"), Required(spec.MaxDegree, "power-law.max-degree"), masterSeed);

    private static int Nodes(NetworkSpec spec) => Required(spec.Nodes, "nodes");

    private static T Required<T>(T? value, string key)
        where T : struct => value ?? throw Missing(key);

    private static ArgumentException Missing(string key) => new($"the network needs '{key}'", "spec");
}
