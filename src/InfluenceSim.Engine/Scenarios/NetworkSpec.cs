namespace InfluenceSim.Engine.Scenarios;

/// <summary>The <c>network:</c> block: a generator and its parameters, or a file.</summary>
/// <param name="Generator">erdos-renyi | barabasi-albert | watts-strogatz | ring-lattice | complete | star | path | file.</param>
/// <param name="Nodes">Node count (generators only).</param>
/// <param name="MeanDegree">erdos-renyi's mean degree.</param>
/// <param name="M">barabasi-albert's ties per new node.</param>
/// <param name="K">watts-strogatz and ring-lattice: even, k/2 neighbours on each side.</param>
/// <param name="Rewire">watts-strogatz's rewiring probability.</param>
/// <param name="Path">file: absolute path of the edge list or GraphML file.</param>
/// <param name="Directed">file: whether ties are directed (null: the file's own default).</param>
public sealed record NetworkSpec(
    string Generator,
    int? Nodes = null,
    double? MeanDegree = null,
    int? M = null,
    int? K = null,
    double? Rewire = null,
    string? Path = null,
    bool? Directed = null);
