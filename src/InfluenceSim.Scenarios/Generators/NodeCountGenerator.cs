namespace InfluenceSim.Scenarios.Generators;

/// <summary>
/// A generator sized by a required <c>nodes</c> of at least a least count: it reads <c>nodes</c>,
/// then its own keys through <see cref="Describe"/>, then checks the tie limit.
/// </summary>
/// <param name="name">The generator's name.</param>
/// <param name="summary">What it builds, with its source.</param>
/// <param name="leastNodes">The fewest nodes it accepts.</param>
/// <param name="keys">Its keys after <c>nodes</c>, as listings show them.</param>
public abstract class NodeCountGenerator(string name, string summary, int leastNodes, IReadOnlyList<GeneratorParameter> keys)
    : DeclaredGenerator(name, summary, [GeneratorParameter.NodeCount(leastNodes), .. keys])
{
    public sealed override NetworkSpec? Read(GeneratorBlock block)
    {
        ArgumentNullException.ThrowIfNull(block);
        return block.WithinTieLimit(Describe(block, block.ReadNodes(leastNodes)));
    }

    /// <summary>The spec of <paramref name="nodes"/> nodes (null when invalid) with the generator's other keys read from <paramref name="block"/>.</summary>
    protected abstract NetworkSpec Describe(GeneratorBlock block, int? nodes);
}
