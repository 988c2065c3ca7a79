using System.Globalization;
using InfluenceSim.Engine.Scenarios.Syntax;

namespace InfluenceSim.Engine.Scenarios.Validation;

/// <summary>Checks the <c>network:</c> block: the generator, its own keys only, their types and ranges, and a network file's path.</summary>
internal sealed class NetworkValidator(ProblemList problems, ValueChecker values, string baseDirectory)
{
    private const string GeneratorKey = "generator";

    /// <summary>Every key a <c>network:</c> block can hold, for any generator.</summary>
    public static readonly string[] AllKeys = [GeneratorKey, .. NetworkGenerators.All.SelectMany(g => NetworkGenerators.Keys[g]).Distinct()];

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

        var generatorNode = block.Required(GeneratorKey);
        Generator = generatorNode is null ? null : values.Choice(generatorNode, block.PathOf(GeneratorKey), NetworkGenerators.All);
        if (Generator is null)
        {
            block.RejectUnknown(AllKeys, key => block.UnknownKey(key, AllKeys));
            return null;
        }

        string generator = Generator;
        string[] known = [GeneratorKey, .. NetworkGenerators.Keys[generator]];
        block.RejectUnknown(known, key => AllKeys.Contains(key) ? NotAParameter(key, generator) : block.UnknownKey(key, known));
        int problemsBefore = problems.Count;
        var spec = generator switch
        {
            NetworkGenerators.File => FromFile(block),
            NetworkGenerators.StochasticBlock => Listed(new StochasticBlockValidator(problems, values).Validate(block)),
            NetworkGenerators.Configuration => Listed(new ConfigurationValidator(problems, values).Validate(block)),
            _ => Generated(block, generator),
        };
        return problems.Count == problemsBefore ? spec : null;
    }

    private static string NotAParameter(string key, string generator)
    {
        var owners = NetworkGenerators.All.Where(g => NetworkGenerators.Keys[g].Contains(key));
        return $"'{key}' is not a parameter of generator {generator} (it belongs to {string.Join(", ", owners)})";
    }

    private NetworkSpec? FromFile(BlockReader block)
    {
        var pathNode = block.Required("path");
        string? given = pathNode is null ? null : values.Text(pathNode, block.PathOf("path"), "the path of an edge list (.csv, .tsv, .txt) or GraphML (.graphml) file");
        string? resolved = given is null ? null : NetworkFilePath.Resolve(given, baseDirectory, pathNode!, block.PathOf("path"), problems);
        var directedNode = block.Value("directed");
        bool? directed = directedNode is null ? null : values.Boolean(directedNode, block.PathOf("directed"));
        PathAsGiven = given;
        string? nodeFile = NodeFile(block, given);
        return resolved is null ? null : new NetworkSpec(NetworkGenerators.File, Path: resolved, Directed: directed) { NodeFile = nodeFile };
    }

    private string? NodeFile(BlockReader block, string? networkPath)
    {
        var node = block.Value("nodes");
        string path = block.PathOf("nodes");
        if (node is ScalarNode scalar && scalar.TryGetInteger(out _))
        {
            values.Report(node, path, "the path of a node file (.csv) for generator file, which takes its node count from the network file");
            return null;
        }

        string? given = node is null ? null : values.Text(node, path, "the path of a node file (.csv)");
        if (given is null)
        {
            return null;
        }

        NodeFileAsGiven = given;
        if (networkPath is not null && Path.GetExtension(networkPath).Equals(".graphml", StringComparison.OrdinalIgnoreCase))
        {
            problems.Add(node!.Location, $"'{path}' is for edge lists; a GraphML file gives its nodes' attributes as <data> of its own");
            return null;
        }

        return NetworkFilePath.ResolveNodeFile(given, baseDirectory, node!, path, problems);
    }

    private NetworkSpec? Listed((NetworkSpec? Spec, int? Nodes) checkedNetwork)
    {
        Nodes = checkedNetwork.Nodes;
        return checkedNetwork.Spec;
    }

    private NetworkSpec? Generated(BlockReader block, string generator)
    {
        int least = MinimumNodes(generator);
        string nodesExpected = least == 1
            ? $"an integer from 1 to {ScenarioLimits.MaxNodes}"
            : $"an integer from {least} to {ScenarioLimits.MaxNodes} for {generator}";
        var nodesNode = block.Required("nodes", $" (generator {generator})");
        Nodes = nodesNode is null ? null : (int?)values.Integer(nodesNode, block.PathOf("nodes"), nodesExpected, n => n >= least && n <= ScenarioLimits.MaxNodes);
        int? n = Nodes;
        var spec = generator switch
        {
            NetworkGenerators.ErdosRenyi => new NetworkSpec(generator, n, MeanDegree: Number(block, "mean-degree", generator, n is null ? "a number >= 0" : $"a number from 0 to {n - 1} (nodes - 1)", d => d >= 0 && (n is null || d <= n - 1))),
            NetworkGenerators.BarabasiAlbert => new NetworkSpec(generator, n, M: M(block, generator, n)),
            NetworkGenerators.PowerLawCluster => new NetworkSpec(generator, n, M: M(block, generator, n)) { Triad = Number(block, "triad", generator, "a probability from 0 to 1", t => t is >= 0 and <= 1) },
            NetworkGenerators.WattsStrogatz => new NetworkSpec(generator, n, K: K(block, generator, n), Rewire: Number(block, "rewire", generator, "a number from 0 to 1", r => r is >= 0 and <= 1)),
            NetworkGenerators.RingLattice => new NetworkSpec(generator, n, K: K(block, generator, n)),
            _ => new NetworkSpec(generator, n),
        };
        CheckSize(spec, nodesNode, block.PathOf("nodes"));
        return spec;
    }

    private int? M(BlockReader block, string generator, int? n) =>
        Integer(block, "m", generator, n is null ? "an integer >= 1" : $"an integer from 1 to {n - 1} (less than nodes)", m => m >= 1 && (n is null || m < n));

    private int? K(BlockReader block, string generator, int? n)
    {
        string expected = n is null ? "an even integer >= 2" : $"an even integer from 2 to {n - 1} (less than nodes)";
        return Integer(block, "k", generator, expected, k => k >= 2 && k % 2 == 0 && (n is null || k < n));
    }

    private int? Integer(BlockReader block, string key, string generator, string expected, Func<long, bool> accept)
    {
        var node = block.Required(key, $" (generator {generator})");
        return node is null ? null : (int?)values.Integer(node, block.PathOf(key), expected, accept);
    }

    private double? Number(BlockReader block, string key, string generator, string expected, Func<double, bool> accept)
    {
        var node = block.Required(key, $" (generator {generator})");
        return node is null ? null : values.Number(node, block.PathOf(key), expected, accept);
    }

    private void CheckSize(NetworkSpec spec, ScenarioNode? nodesNode, string path)
    {
        if (spec.Nodes is not { } n || nodesNode is null)
        {
            return;
        }

        double ties = NetworkSize.ExpectedTies(spec);
        if (ties > ScenarioLimits.MaxTies)
        {
            problems.Add(nodesNode.Location, $"'{path}' is too large: a {spec.Generator} network of {n} nodes would have about {ties.ToString("0", CultureInfo.InvariantCulture)} directed ties, more than the limit of {ScenarioLimits.MaxTies}");
        }
    }

    private static int MinimumNodes(string generator) => generator switch
    {
        NetworkGenerators.BarabasiAlbert or NetworkGenerators.PowerLawCluster => 2,
        NetworkGenerators.WattsStrogatz or NetworkGenerators.RingLattice => 3,
        _ => 1,
    };
}
