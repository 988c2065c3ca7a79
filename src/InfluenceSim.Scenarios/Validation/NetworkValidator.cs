using InfluenceSim.Scenarios.Generators;

namespace InfluenceSim.Scenarios.Validation;

/// <summary>Checks the <c>network:</c> block: the generator, its own keys only, and what the generator checks of their values.</summary>
internal sealed class NetworkValidator(ProblemList problems, ValueChecker values, string baseDirectory, NetworkGenerators generators)
{
    private const string GeneratorKey = "generator";

    /// <summary>The generator, once valid (for the seeding checks).</summary>
    public string? Generator { get; private set; }

    /// <summary>The node count of a generated network, once valid (for the seeding checks).</summary>
    public int? Nodes { get; private set; }

    /// <summary>A network file's path as written in the scenario.</summary>
    public string? PathAsGiven { get; private set; }

    /// <summary>A node file's path (<c>network.nodes</c> of a file network) as written in the scenario.</summary>
    public string? NodeFileAsGiven { get; private set; }

    /// <summary>The network, or null when a problem was found.</summary>
    public NetworkSpec? Validate(BlockReader? block)
    {
        if (block is null)
        {
            return null;
        }

        var allKeys = generators.Keys;
        var generatorNode = block.Required(GeneratorKey);
        Generator = generatorNode is null ? null : values.Choice(generatorNode, block.PathOf(GeneratorKey), generators.Names);
        if (Generator is null)
        {
            block.RejectUnknown();
            return null;
        }

        var generator = generators.Get(Generator);
        string[] known = [GeneratorKey, .. generator.Parameters.Select(p => p.Key)];
        block.RejectUnknown(known, key => allKeys.Contains(key) ? NotAParameter(key, generator.Name) : block.UnknownKey(key, known));
        int problemsBefore = problems.Count;
        var reading = new GeneratorBlock(generator, block, values, problems, baseDirectory);
        var spec = generator.Read(reading);
        Nodes = reading.Nodes;
        PathAsGiven = reading.PathAsGiven;
        NodeFileAsGiven = reading.NodeFileAsGiven;
        return problems.Count == problemsBefore ? spec : null;
    }

    private string NotAParameter(string key, string generator)
    {
        var owners = generators.All.Where(g => g.Parameters.Any(p => p.Key == key)).Select(g => g.Name);
        return $"'{key}' is not a parameter of generator {generator} (it belongs to {string.Join(", ", owners)})";
    }
}
