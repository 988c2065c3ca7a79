using InfluenceSim.Networks;
using Graphs = InfluenceSim.Networks.Generators.NetworkGenerators;

namespace InfluenceSim.Scenarios.Generators;

/// <summary><c>barabasi-albert</c>: preferential attachment, m ties per new node (Barabási and Albert 1999).</summary>
public sealed class BarabasiAlbertGenerator() : NetworkGenerator(GeneratorName)
{
    public const string GeneratorName = "barabasi-albert";

    public override string Summary => "preferential attachment: each new node ties to m nodes chosen in proportion to degree (Barabási and Albert 1999)";

    public override IReadOnlyList<GeneratorParameter> Parameters { get; } = [GeneratorParameter.NodeCount(2), PreferentialAttachment.MParameter];

    public override NetworkSpec? Read(GeneratorBlock block)
    {
        ArgumentNullException.ThrowIfNull(block);
        int? n = block.ReadNodes(2);
        return block.WithinTieLimit(new NetworkSpec(Name, n, M: PreferentialAttachment.M(block, n)));
    }

    public override double ExpectedTies(NetworkSpec spec) => PreferentialAttachment.ExpectedTies(spec);

    public override Network Build(NetworkSpec spec, NetworkBuildInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return Graphs.BarabasiAlbert(Nodes(spec), Required(spec.M, "m"), inputs.MasterSeed);
    }
}
