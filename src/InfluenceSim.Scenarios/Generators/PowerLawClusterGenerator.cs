using InfluenceSim.Networks;
using Graphs = InfluenceSim.Networks.Generators.NetworkGenerators;

namespace InfluenceSim.Scenarios.Generators;

/// <summary><c>powerlaw-cluster</c>: preferential attachment with triad formation (Holme and Kim 2002).</summary>
public sealed class PowerLawClusterGenerator() : NetworkGenerator(GeneratorName)
{
    public const string GeneratorName = "powerlaw-cluster";

    public override string Summary => "preferential attachment where each further tie closes a triangle with probability triad (Holme and Kim 2002)";

    public override IReadOnlyList<GeneratorParameter> Parameters { get; } =
        [GeneratorParameter.NodeCount(2), PreferentialAttachment.MParameter, new("triad", "a probability from 0 to 1")];

    public override NetworkSpec? Read(GeneratorBlock block)
    {
        ArgumentNullException.ThrowIfNull(block);
        int? n = block.ReadNodes(2);
        int? m = PreferentialAttachment.M(block, n);
        double? triad = block.Number("triad", "a probability from 0 to 1", t => t is >= 0 and <= 1);
        return block.WithinTieLimit(new NetworkSpec(Name, n, M: m) { Triad = triad });
    }

    public override double ExpectedTies(NetworkSpec spec) => PreferentialAttachment.ExpectedTies(spec);

    public override Network Build(NetworkSpec spec, NetworkBuildInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return Graphs.PowerLawCluster(Nodes(spec), Required(spec.M, "m"), Required(spec.Triad, "triad"), inputs.MasterSeed);
    }
}
