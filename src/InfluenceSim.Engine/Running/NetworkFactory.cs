using InfluenceSim.Engine.Scenarios;
using InfluenceSim.Networks;
using InfluenceSim.Networks.Files;
using Generators = InfluenceSim.Networks.Generators.NetworkGenerators;
using GeneratorNames = InfluenceSim.Engine.Scenarios.NetworkGenerators;

namespace InfluenceSim.Engine.Running;

/// <summary>Builds the network a scenario's <c>network:</c> block describes; random generators are seeded from the master seed.</summary>
public static class NetworkFactory
{
    public static Network Build(NetworkSpec spec, long masterSeed) => spec.Generator switch
    {
        GeneratorNames.ErdosRenyi => Generators.ErdosRenyi(Nodes(spec), Required(spec.MeanDegree, "mean-degree"), masterSeed),
        GeneratorNames.BarabasiAlbert => Generators.BarabasiAlbert(Nodes(spec), Required(spec.M, "m"), masterSeed),
        GeneratorNames.WattsStrogatz => Generators.WattsStrogatz(Nodes(spec), Required(spec.K, "k"), Required(spec.Rewire, "rewire"), masterSeed),
        GeneratorNames.RingLattice => Generators.RingLattice(Nodes(spec), Required(spec.K, "k")),
        GeneratorNames.Complete => Generators.Complete(Nodes(spec)),
        GeneratorNames.Star => Generators.Star(Nodes(spec)),
        GeneratorNames.Path => Generators.Path(Nodes(spec)),
        GeneratorNames.File => NetworkFileReader.Read(spec.Path ?? throw new ArgumentException("a file network needs a path", nameof(spec)), spec.Directed),
        _ => throw new ArgumentException($"unknown generator '{spec.Generator}'", nameof(spec)),
    };

    private static int Nodes(NetworkSpec spec) => Required(spec.Nodes, "nodes");

    private static T Required<T>(T? value, string key)
        where T : struct => value ?? throw new ArgumentException($"the network needs '{key}'", nameof(value));
}
