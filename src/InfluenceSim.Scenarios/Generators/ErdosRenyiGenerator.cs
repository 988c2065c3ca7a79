using InfluenceSim.Networks;
using Graphs = InfluenceSim.Networks.Generators.NetworkGenerators;

namespace InfluenceSim.Scenarios.Generators;

/// <summary><c>erdos-renyi</c>: G(n, p) with p = mean-degree / (n - 1) (Erdős and Rényi 1959; Gilbert 1959).</summary>
public sealed class ErdosRenyiGenerator() : NodeCountGenerator("erdos-renyi", "each pair tied with probability mean-degree / (nodes - 1) (Erdős and Rényi 1959)", 1, [new("mean-degree", "a number from 0 to nodes - 1")])
{
    public override double ExpectedTies(NetworkSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return (spec.Nodes ?? 0) * (spec.MeanDegree ?? 0);
    }

    public override Network Build(NetworkSpec spec, NetworkBuildInputs inputs) =>
        Graphs.ErdosRenyi(Nodes(spec), Required(spec.MeanDegree, "mean-degree"), Seed(inputs));

    protected override NetworkSpec Describe(GeneratorBlock block, int? nodes) =>
        new(Name, nodes, MeanDegree: block.Number("mean-degree", nodes is null ? "a number >= 0" : $"a number from 0 to {nodes - 1} (nodes - 1)", d => d >= 0 && (nodes is null || d <= nodes - 1)));
}
