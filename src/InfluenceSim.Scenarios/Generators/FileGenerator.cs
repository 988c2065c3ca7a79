using InfluenceSim.Networks;
using InfluenceSim.Networks.Files;
using InfluenceSim.Scenarios.Syntax;
using InfluenceSim.Scenarios.Validation;

namespace InfluenceSim.Scenarios.Generators;

/// <summary><c>file</c>: a network read from an edge list or GraphML file, with an optional node file (docs/networks.md).</summary>
public sealed class FileGenerator() : DeclaredGenerator(
    GeneratorName,
    "an edge list (.csv, .tsv, .txt) or GraphML (.graphml) file, with an optional node file of attributes",
    [
        new("path", "the path of an edge list (.csv, .tsv, .txt) or GraphML (.graphml) file"),
        new("directed", "true or false (default: the file's own)", Required: false),
        new("nodes", "the path of a node file (.csv) for an edge list", Required: false),
    ])
{
    public const string GeneratorName = "file";

    public override NetworkSpec? Read(GeneratorBlock block)
    {
        ArgumentNullException.ThrowIfNull(block);
        var reader = block.Reader;
        var pathNode = reader.Required("path");
        string? given = pathNode is null ? null : block.Values.Text(pathNode, reader.PathOf("path"), "the path of an edge list (.csv, .tsv, .txt) or GraphML (.graphml) file");
        string? resolved = given is null ? null : NetworkFilePath.Resolve(given, block.BaseDirectory, pathNode!, reader.PathOf("path"), block.Problems);
        var directedNode = reader.Value("directed");
        bool? directed = directedNode is null ? null : block.Values.Boolean(directedNode, reader.PathOf("directed"));
        block.PathAsGiven = given;
        string? nodeFile = NodeFile(block, given);
        return resolved is null ? null : new NetworkSpec(Name, Path: resolved, Directed: directed) { NodeFile = nodeFile };
    }

    /// <summary>Estimated from the file's byte length alone (docs/safety.md).</summary>
    public override (double Nodes, double Ties) Size(NetworkSpec spec) => NetworkFileSize.Estimate(spec);

    public override Network Build(NetworkSpec spec, NetworkBuildInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(inputs);
        var network = NetworkFileReader.Read(spec.Path ?? throw new ArgumentException("a file network needs a path", nameof(spec)), spec.Directed, inputs.Attributes, inputs.WeightsAreProbabilities);
        return spec.NodeFile is null ? network : NodeFileReader.Read(spec.NodeFile, network, inputs.Attributes);
    }

    private static string? NodeFile(GeneratorBlock block, string? networkPath)
    {
        var reader = block.Reader;
        var node = reader.Value("nodes");
        string path = reader.PathOf("nodes");
        if (node is ScalarNode scalar && scalar.TryGetInteger(out _))
        {
            block.Values.Report(node, path, "the path of a node file (.csv) for generator file, which takes its node count from the network file");
            return null;
        }

        string? given = node is null ? null : block.Values.Text(node, path, "the path of a node file (.csv)");
        if (given is null)
        {
            return null;
        }

        block.NodeFileAsGiven = given;
        if (networkPath is not null && System.IO.Path.GetExtension(networkPath).Equals(".graphml", StringComparison.OrdinalIgnoreCase))
        {
            block.Problems.Add(node!.Location, $"'{path}' is for edge lists; a GraphML file gives its nodes' attributes as <data> of its own");
            return null;
        }

        return NetworkFilePath.ResolveNodeFile(given, block.BaseDirectory, node!, path, block.Problems);
    }
}
