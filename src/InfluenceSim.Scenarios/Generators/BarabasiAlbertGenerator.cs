using InfluenceSim.Networks;
using Graphs = InfluenceSim.Networks.Generators.NetworkGenerators;

namespace InfluenceSim.Scenarios.Generators;

/// <summary><c>barabasi-albert</c>: preferential attachment, m ties per new node (Barabási and Albert 1999).</summary>
public sealed class BarabasiAlbertGenerator() : NodeCountGenerator("barabasi-albert", "preferential attachment: each new node ties to m nodes chosen in proportion to degree (Barabási and Albert 1999)", PreferentialAttachment.LeastNodes, [PreferentialAttachment.MParameter])
{
    public override double ExpectedTies(NetworkSpec spec) => PreferentialAttachment.ExpectedTies(spec);

    public override Network Build(NetworkSpec spec, NetworkBuildInputs inputs) =>
        Graphs.BarabasiAlbert(Nodes(spec), Required(spec.M, "m"), Seed(inputs));

    protected override NetworkSpec Describe(GeneratorBlock block, int? nodes) => new(Name, nodes, M: PreferentialAttachment.M(block, nodes));
}
