using InfluenceSim.Networks;
using Graphs = InfluenceSim.Networks.Generators.NetworkGenerators;

namespace InfluenceSim.Scenarios.Generators;

/// <summary><c>erdos-renyi</c>: G(n, p) with p = mean-degree / (n - 1) (Erdős and Rényi 1959; Gilbert 1959).</summary>
public sealed class ErdosRenyiGenerator() : NetworkGenerator(GeneratorName)
{
    public const string GeneratorName = "erdos-renyi";

    public override string Summary => "each pair tied with probability mean-degree / (nodes - 1) (Erdős and Rényi 1959)";

    public override IReadOnlyList<GeneratorParameter> Parameters { get; } =
    [
        GeneratorParameter.NodeCount(1),
        new("mean-degree", "a number from 0 to nodes - 1"),
    ];

    public override NetworkSpec? Read(GeneratorBlock block)
    {
        ArgumentNullException.ThrowIfNull(block);
        int? n = block.ReadNodes(1);
        double? meanDegree = block.Number("mean-degree", n is null ? "a number >= 0" : $"a number from 0 to {n - 1} (nodes - 1)", d => d >= 0 && (n is null || d <= n - 1));
        return block.WithinTieLimit(new NetworkSpec(Name, n, MeanDegree: meanDegree));
    }

    public override double ExpectedTies(NetworkSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return (spec.Nodes ?? 0) * (spec.MeanDegree ?? 0);
    }

    public override Network Build(NetworkSpec spec, NetworkBuildInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return Graphs.ErdosRenyi(Nodes(spec), Required(spec.MeanDegree, "mean-degree"), inputs.MasterSeed);
    }
}
