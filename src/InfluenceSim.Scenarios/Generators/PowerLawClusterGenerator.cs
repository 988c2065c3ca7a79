using InfluenceSim.Networks;
using Graphs = InfluenceSim.Networks.Generators.NetworkGenerators;

namespace InfluenceSim.Scenarios.Generators;

/// <summary><c>powerlaw-cluster</c>: preferential attachment with triad formation (Holme and Kim 2002).</summary>
public sealed class PowerLawClusterGenerator() : NodeCountGenerator("powerlaw-cluster", "preferential attachment where each further tie closes a triangle with probability triad (Holme and Kim 2002)", PreferentialAttachment.LeastNodes, [PreferentialAttachment.MParameter, new("triad", "a probability from 0 to 1")])
{
    public override double ExpectedTies(NetworkSpec spec) => PreferentialAttachment.ExpectedTies(spec);

    public override Network Build(NetworkSpec spec, NetworkBuildInputs inputs) =>
        Graphs.PowerLawCluster(Nodes(spec), Required(spec.M, "m"), Required(spec.Triad, "triad"), Seed(inputs));

    protected override NetworkSpec Describe(GeneratorBlock block, int? nodes) =>
        new(Name, nodes, M: PreferentialAttachment.M(block, nodes)) { Triad = block.Number("triad", "a probability from 0 to 1", t => t is >= 0 and <= 1) };
}
