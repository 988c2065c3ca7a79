using InfluenceSim.Networks;
using Graphs = InfluenceSim.Networks.Generators.NetworkGenerators;

namespace InfluenceSim.Scenarios.Generators;

/// <summary><c>watts-strogatz</c>: a ring lattice with each tie rewired with probability rewire (Watts and Strogatz 1998).</summary>
public sealed class WattsStrogatzGenerator() : NetworkGenerator(GeneratorName)
{
    public const string GeneratorName = "watts-strogatz";

    public override string Summary => "a ring of k/2 neighbours on each side, each tie rewired with probability rewire (Watts and Strogatz 1998)";

    public override IReadOnlyList<GeneratorParameter> Parameters { get; } = [Lattice.NodesParameter, Lattice.KParameter, new("rewire", "a number from 0 to 1")];

    public override NetworkSpec? Read(GeneratorBlock block)
    {
        ArgumentNullException.ThrowIfNull(block);
        int? n = block.ReadNodes(Lattice.LeastNodes);
        int? k = Lattice.K(block, n);
        double? rewire = block.Number("rewire", "a number from 0 to 1", r => r is >= 0 and <= 1);
        return block.WithinTieLimit(new NetworkSpec(Name, n, K: k, Rewire: rewire));
    }

    public override double ExpectedTies(NetworkSpec spec) => Lattice.ExpectedTies(spec);

    public override Network Build(NetworkSpec spec, NetworkBuildInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return Graphs.WattsStrogatz(Nodes(spec), Required(spec.K, "k"), Required(spec.Rewire, "rewire"), inputs.MasterSeed);
    }
}
