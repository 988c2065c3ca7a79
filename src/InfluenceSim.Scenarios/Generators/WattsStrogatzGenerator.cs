using InfluenceSim.Networks;
using Graphs = InfluenceSim.Networks.Generators.NetworkGenerators;

namespace InfluenceSim.Scenarios.Generators;

/// <summary><c>watts-strogatz</c>: a ring lattice with each tie rewired with probability rewire (Watts and Strogatz 1998).</summary>
public sealed class WattsStrogatzGenerator() : NodeCountGenerator("watts-strogatz", "a ring of k/2 neighbours on each side, each tie rewired with probability rewire (Watts and Strogatz 1998)", Lattice.LeastNodes, [Lattice.KParameter, new("rewire", "a number from 0 to 1")])
{
    public override double ExpectedTies(NetworkSpec spec) => Lattice.ExpectedTies(spec);

    public override Network Build(NetworkSpec spec, NetworkBuildInputs inputs) =>
        Graphs.WattsStrogatz(Nodes(spec), Required(spec.K, "k"), Required(spec.Rewire, "rewire"), Seed(inputs));

    protected override NetworkSpec Describe(GeneratorBlock block, int? nodes) =>
        new(Name, nodes, K: Lattice.K(block, nodes), Rewire: block.Number("rewire", "a number from 0 to 1", r => r is >= 0 and <= 1));
}
