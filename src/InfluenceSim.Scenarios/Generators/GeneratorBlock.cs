using System.Globalization;
using InfluenceSim.Scenarios.Syntax;
using InfluenceSim.Scenarios.Validation;

namespace InfluenceSim.Scenarios.Generators;

/// <summary>
/// A scenario's <c>network:</c> block as a generator reads it: each value is checked where it is
/// read, and a bad one is reported as <c>FILE:LINE:COL: 'network.KEY' must be EXPECTED, found ...</c>.
/// </summary>
public sealed class GeneratorBlock
{
    private ScenarioNode? _nodesNode;

    internal GeneratorBlock(NetworkGenerator generator, BlockReader reader, ValueChecker values, ProblemList problems, string baseDirectory)
    {
        Generator = generator;
        Reader = reader;
        Values = values;
        Problems = problems;
        BaseDirectory = baseDirectory;
    }

    /// <summary>The generator reading the block.</summary>
    public NetworkGenerator Generator { get; }

    /// <summary>The node count once read and valid (for the seeding and engine checks); <see cref="ReadNodes"/> sets it, a generator that sizes the network from other keys sets it itself.</summary>
    public int? Nodes { get; set; }

    internal BlockReader Reader { get; }

    internal ValueChecker Values { get; }

    internal ProblemList Problems { get; }

    internal string BaseDirectory { get; }

    /// <summary>A network file's path as written (generator file).</summary>
    internal string? PathAsGiven { get; set; }

    /// <summary>A node file's path as written (generator file).</summary>
    internal string? NodeFileAsGiven { get; set; }

    /// <summary>The required <c>nodes</c>: an integer from <paramref name="least"/> to <see cref="ScenarioLimits.MaxNodes"/>, or null (reported).</summary>
    public int? ReadNodes(int least)
    {
        string expected = least == 1
            ? $"an integer from 1 to {ScenarioLimits.MaxNodes}"
            : $"an integer from {least} to {ScenarioLimits.MaxNodes} for {Generator.Name}";
        _nodesNode = Reader.Required("nodes", $" (generator {Generator.Name})");
        Nodes = _nodesNode is null ? null : (int?)Values.Integer(_nodesNode, Reader.PathOf("nodes"), expected, n => n >= least && n <= ScenarioLimits.MaxNodes);
        return Nodes;
    }

    /// <summary>The spec a validator of the whole block read, its node count kept as <see cref="Nodes"/>.</summary>
    internal NetworkSpec? Sized((NetworkSpec? Spec, int? Nodes) read)
    {
        Nodes = read.Nodes;
        return read.Spec;
    }

    /// <summary>A required integer key that <paramref name="accept"/> allows, or null (reported with <paramref name="expected"/>).</summary>
    public int? Integer(string key, string expected, Func<long, bool> accept)
    {
        var node = Reader.Required(key, $" (generator {Generator.Name})");
        return node is null ? null : (int?)Values.Integer(node, Reader.PathOf(key), expected, accept);
    }

    /// <summary>A required number key that <paramref name="accept"/> allows, or null (reported with <paramref name="expected"/>).</summary>
    public double? Number(string key, string expected, Func<double, bool> accept)
    {
        var node = Reader.Required(key, $" (generator {Generator.Name})");
        return node is null ? null : Values.Number(node, Reader.PathOf(key), expected, accept);
    }

    /// <summary>
    /// <paramref name="spec"/>, after reporting at <c>nodes</c> when its expected ties
    /// (<see cref="NetworkGenerator.ExpectedTies"/>) exceed the limit.
    /// </summary>
    public NetworkSpec WithinTieLimit(NetworkSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (spec.Nodes is not { } n || _nodesNode is null)
        {
            return spec;
        }

        double ties = Generator.ExpectedTies(spec);
        if (ties > ScenarioLimits.MaxTies)
        {
            Problems.Add(_nodesNode.Location, $"'{Reader.PathOf("nodes")}' is too large: a {spec.Generator} network of {n} nodes would have about {ties.ToString("0", CultureInfo.InvariantCulture)} directed ties, more than the limit of {ScenarioLimits.MaxTies}");
        }

        return spec;
    }
}
