using Graphs = InfluenceSim.Networks.Generators.NetworkGenerators;

namespace InfluenceSim.Scenarios.Generators;

/// <summary><c>path</c>: node i tied to node i + 1.</summary>
public sealed class PathGenerator() : NodesOnlyGenerator("path", "node i tied to node i + 1", Graphs.Path);
