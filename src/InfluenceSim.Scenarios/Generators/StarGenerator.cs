using Graphs = InfluenceSim.Networks.Generators.NetworkGenerators;

namespace InfluenceSim.Scenarios.Generators;

/// <summary><c>star</c>: node 0 tied to every other node.</summary>
public sealed class StarGenerator() : NodesOnlyGenerator("star", "node 0 tied to every other node", Graphs.Star);
