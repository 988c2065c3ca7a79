using InfluenceSim.Networks;
using Graphs = InfluenceSim.Networks.Generators.NetworkGenerators;

namespace InfluenceSim.Scenarios.Generators;

/// <summary><c>ring-lattice</c>: each node tied to its k/2 nearest neighbours on each side.</summary>
public sealed class RingLatticeGenerator() : NodeCountGenerator("ring-lattice", "a ring where each node is tied to its k/2 nearest neighbours on each side", Lattice.LeastNodes, [Lattice.KParameter])
{
    public override double ExpectedTies(NetworkSpec spec) => Lattice.ExpectedTies(spec);

    public override Network Build(NetworkSpec spec, NetworkBuildInputs inputs) => Graphs.RingLattice(Nodes(spec), Required(spec.K, "k"));

    protected override NetworkSpec Describe(GeneratorBlock block, int? nodes) => new(Name, nodes, K: Lattice.K(block, nodes));
}
