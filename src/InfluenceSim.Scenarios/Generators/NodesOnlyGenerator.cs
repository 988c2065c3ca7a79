using InfluenceSim.Networks;

namespace InfluenceSim.Scenarios.Generators;

/// <summary>A deterministic generator whose only key is <c>nodes</c> (complete, star, path).</summary>
/// <param name="name">The generator's name.</param>
/// <param name="summary">What it builds.</param>
/// <param name="build">Builds the network of that many nodes.</param>
public abstract class NodesOnlyGenerator(string name, string summary, Func<int, Network> build) : NodeCountGenerator(name, summary, 1, [])
{
    public override Network Build(NetworkSpec spec, NetworkBuildInputs inputs) => build(Nodes(spec));

    protected override NetworkSpec Describe(GeneratorBlock block, int? nodes) => new(Name, nodes);
}
