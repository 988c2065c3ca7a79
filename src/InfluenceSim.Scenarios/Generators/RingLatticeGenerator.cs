using InfluenceSim.Networks;
using Graphs = InfluenceSim.Networks.Generators.NetworkGenerators;

namespace InfluenceSim.Scenarios.Generators;

/// <summary><c>ring-lattice</c>: each node tied to its k/2 nearest neighbours on each side.</summary>
public sealed class RingLatticeGenerator() : NetworkGenerator(GeneratorName)
{
    public const string GeneratorName = "ring-lattice";

    public override string Summary => "a ring where each node is tied to its k/2 nearest neighbours on each side";

    public override IReadOnlyList<GeneratorParameter> Parameters { get; } = [Lattice.NodesParameter, Lattice.KParameter];

    public override NetworkSpec? Read(GeneratorBlock block)
    {
        ArgumentNullException.ThrowIfNull(block);
        int? n = block.ReadNodes(Lattice.LeastNodes);
        return block.WithinTieLimit(new NetworkSpec(Name, n, K: Lattice.K(block, n)));
    }

    public override double ExpectedTies(NetworkSpec spec) => Lattice.ExpectedTies(spec);

    public override Network Build(NetworkSpec spec, NetworkBuildInputs inputs) => Graphs.RingLattice(Nodes(spec), Required(spec.K, "k"));
}
