using System.Globalization;
using InfluenceSim.Scenarios.Generators;
using InfluenceSim.Scenarios.Syntax;
using Graphs = InfluenceSim.Networks.Generators.NetworkGenerators;

namespace InfluenceSim.Scenarios.Validation;

/// <summary>
/// Checks a <c>configuration</c> network: exactly one of <c>degrees</c> (a list with an even sum;
/// <c>nodes</c> optional and equal to its length) and <c>power-law</c> (a mapping of
/// <c>exponent</c>, <c>min-degree</c>, <c>max-degree</c>; <c>nodes</c> required).
/// </summary>
internal sealed class ConfigurationValidator(ProblemList problems, ValueChecker values)
{
    private const string DegreesKey = "degrees";
    private const string PowerLawKey = "power-law";
    private const string Why = $" (generator {ConfigurationGenerator.GeneratorName})";

    /// <summary>The network and its node count (null when unknown), or a null network when a problem was found.</summary>
    public (NetworkSpec? Spec, int? Nodes) Validate(BlockReader block)
    {
        var degreesNode = block.Value(DegreesKey);
        var powerLawEntry = block.Entry(PowerLawKey);
        if (degreesNode is null && powerLawEntry is null)
        {
            block.Missing(DegreesKey, $" or '{block.PathOf(PowerLawKey)}'{Why}");
            return (null, null);
        }

        if (degreesNode is not null && powerLawEntry is not null)
        {
            block.NotUsed(PowerLawKey, $"give either '{block.PathOf(DegreesKey)}' or '{block.PathOf(PowerLawKey)}', not both");
            return (null, null);
        }

        return degreesNode is not null ? Listed(block, degreesNode) : PowerLaw(block, powerLawEntry!);
    }

    private (NetworkSpec? Spec, int? Nodes) Listed(BlockReader block, ScenarioNode degreesNode)
    {
        string path = block.PathOf(DegreesKey);
        int count = degreesNode is SequenceNode list ? list.Items.Count : 0;
        int[]? degrees = ListedSize.ReadIntegers(values, degreesNode, path, $"a list of 1 to {ScenarioLimits.MaxNodes} degrees, such as [3, 2, 2, 1]", ScenarioLimits.MaxNodes, ListedSize.Invariant($"a degree, an integer from 0 to {count - 1} (the number of nodes - 1)"), d => d >= 0 && d < count);
        int? nodes = ListedSize.Nodes(block, values, problems, degrees?.Length, DegreesKey);
        if (degrees is null || nodes is null)
        {
            return (null, nodes);
        }

        long sum = degrees.Sum(d => (long)d);
        if (sum % 2 != 0)
        {
            problems.Add(degreesNode.Location, ListedSize.Invariant($"'{path}' must have an even sum (each tie uses two stubs), found a sum of {sum}"));
            return (null, nodes);
        }

        if (sum > ScenarioLimits.MaxTies)
        {
            problems.Add(degreesNode.Location, ListedSize.Invariant($"'{path}' is too large: it asks for {sum} directed ties, more than the limit of {ScenarioLimits.MaxTies}"));
            return (null, nodes);
        }

        return (new NetworkSpec(ConfigurationGenerator.GeneratorName, nodes) { Degrees = degrees }, nodes);
    }

    private (NetworkSpec? Spec, int? Nodes) PowerLaw(BlockReader block, MappingEntry entry)
    {
        var nodesNode = block.Required("nodes", $" (generator {ConfigurationGenerator.GeneratorName} with {PowerLawKey})");
        int? n = nodesNode is null ? null : (int?)values.Integer(nodesNode, block.PathOf("nodes"), $"an integer from 2 to {ScenarioLimits.MaxNodes} for {ConfigurationGenerator.GeneratorName} with {PowerLawKey}", v => v is >= 2 and <= ScenarioLimits.MaxNodes);
        string path = block.PathOf(PowerLawKey);
        if (entry.Value is not MappingNode mapping)
        {
            values.Report(entry.Value, path, "a mapping { exponent: ..., min-degree: ..., max-degree: ... }");
            return (null, n);
        }

        var law = BlockReader.Known(mapping, path, entry.Key.Location, ConfigurationGenerator.PowerLawKeys, problems);
        var exponentNode = law.Required("exponent");
        double? exponent = exponentNode is null ? null : values.Number(exponentNode, law.PathOf("exponent"), ListedSize.Invariant($"a number from 0 to {Graphs.MaxPowerLawExponent}"), e => e >= 0 && e <= Graphs.MaxPowerLawExponent);
        int? min = Degree(law, "min-degree", 1, string.Empty, n);
        int? max = Degree(law, "max-degree", min ?? 1, min is null ? string.Empty : " (min-degree)", n);
        if (n is null || exponent is null || min is null || max is null)
        {
            return (null, n);
        }

        double ties = n.Value * Graphs.PowerLawMean(exponent.Value, min.Value, max.Value);
        if (ties > ScenarioLimits.MaxTies)
        {
            problems.Add(nodesNode!.Location, $"'{block.PathOf("nodes")}' is too large: this power-law configuration network would have about {ties.ToString("0", CultureInfo.InvariantCulture)} directed ties, more than the limit of {ScenarioLimits.MaxTies}");
            return (null, n);
        }

        return (new NetworkSpec(ConfigurationGenerator.GeneratorName, n) { Exponent = exponent, MinDegree = min, MaxDegree = max }, n);
    }

    private int? Degree(BlockReader law, string key, int least, string leastIs, int? nodes)
    {
        string expected = nodes is null
            ? ListedSize.Invariant($"an integer >= {least}{leastIs}")
            : ListedSize.Invariant($"an integer from {least}{leastIs} to {nodes - 1} (nodes - 1)");
        var node = law.Required(key);
        return node is null ? null : (int?)values.Integer(node, law.PathOf(key), expected, d => d >= least && (nodes is null ? d <= ScenarioLimits.MaxNodes : d < nodes));
    }
}
