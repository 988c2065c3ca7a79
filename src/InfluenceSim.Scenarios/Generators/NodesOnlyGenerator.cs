namespace InfluenceSim.Scenarios.Generators;

/// <summary>A deterministic generator whose only key is <c>nodes</c> (complete, star, path).</summary>
/// <param name="name">The generator's name.</param>
public abstract class NodesOnlyGenerator(string name) : NetworkGenerator(name)
{
    public override IReadOnlyList<GeneratorParameter> Parameters { get; } = [GeneratorParameter.NodeCount(1)];

    public override NetworkSpec? Read(GeneratorBlock block)
    {
        ArgumentNullException.ThrowIfNull(block);
        return block.WithinTieLimit(new NetworkSpec(Name, block.ReadNodes(1)));
    }
}
