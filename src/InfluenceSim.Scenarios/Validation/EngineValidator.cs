using System.Text.Json.Nodes;

namespace InfluenceSim.Scenarios.Validation;

/// <summary>Checks the <c>engine:</c> block: the hosting and the number of partitions.</summary>
internal sealed class EngineValidator(ProblemList problems, ValueChecker values)
{
    /// <summary>The block's key in a scenario.</summary>
    public const string Key = "engine";

    /// <summary>The key of the hosting.</summary>
    public const string HostingKey = "hosting";

    /// <summary>The key of the number of partitions.</summary>
    public const string PartitionsKey = "partitions";

    /// <summary>Every key of <c>engine:</c>.</summary>
    public static readonly string[] Keys = [HostingKey, PartitionsKey];

    /// <summary>
    /// The engine (the default when the block is absent), or null when a problem was found.
    /// <paramref name="nodes"/> is the generated network's node count when known, which bounds the partitions.
    /// </summary>
    public EngineSpec? Validate(BlockReader? block, int? nodes)
    {
        if (block is null)
        {
            return EngineSpec.Default;
        }

        block.RejectUnknown();
        int before = problems.Count;
        var hostingNode = block.Value(HostingKey);
        string? hosting = hostingNode is null ? EngineHostingNames.NodeGrains : values.Choice(hostingNode, block.PathOf(HostingKey), EngineHostingNames.All);
        var partitionsNode = block.Value(PartitionsKey);
        long? partitions = partitionsNode is null ? null : values.Integer(partitionsNode, block.PathOf(PartitionsKey), PartitionRange.Expected(nodes), p => p >= 1 && p <= PartitionRange.Most(nodes));
        if (problems.Count != before || hosting is null)
        {
            return null;
        }

        return new EngineSpec(EngineHostingNames.Parse(hosting) ?? EngineHosting.NodeGrains, (int?)partitions);
    }

    /// <summary>The block in the resolved scenario: the hosting, and the partitions when asked for.</summary>
    public static JsonObject ToJson(EngineSpec engine)
    {
        var json = new JsonObject { [HostingKey] = EngineHostingNames.Of(engine.Hosting) };
        if (engine.Partitions is { } partitions)
        {
            json[PartitionsKey] = partitions;
        }

        return json;
    }
}
