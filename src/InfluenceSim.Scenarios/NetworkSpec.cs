using InfluenceSim.Scenarios.Generators;

namespace InfluenceSim.Scenarios;

/// <summary>The <c>network:</c> block: a generator and its parameters, or a file.</summary>
/// <param name="Generator">The name of a registered network generator (docs/extending.md).</param>
/// <param name="Nodes">Node count (generators only; for stochastic-block the sum of <see cref="Blocks"/>, for configuration with degrees their count).</param>
/// <param name="MeanDegree">erdos-renyi's mean degree.</param>
/// <param name="M">barabasi-albert and powerlaw-cluster: ties per new node.</param>
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
    bool? Directed = null)
{
    /// <summary>stochastic-block: the block sizes; nodes are numbered block by block.</summary>
    public IReadOnlyList<int>? Blocks { get; init; }

    /// <summary>stochastic-block: the tie probability of a pair inside one block.</summary>
    public double? PIn { get; init; }

    /// <summary>stochastic-block: the tie probability of a pair across two blocks.</summary>
    public double? POut { get; init; }

    /// <summary>configuration: the explicit degree sequence (node i gets Degrees[i] stubs), or null for a power law.</summary>
    public IReadOnlyList<int>? Degrees { get; init; }

    /// <summary>configuration with <c>power-law</c>: the exponent of P(k) ∝ k^-exponent.</summary>
    public double? Exponent { get; init; }

    /// <summary>configuration with <c>power-law</c>: the smallest degree drawn.</summary>
    public int? MinDegree { get; init; }

    /// <summary>configuration with <c>power-law</c>: the largest degree drawn.</summary>
    public int? MaxDegree { get; init; }

    /// <summary>file: absolute path of the node file (<c>network.nodes</c>) giving the nodes' attributes, or null.</summary>
    public string? NodeFile { get; init; }

    /// <summary>powerlaw-cluster: the probability of a triad-formation step after each preferential attachment step.</summary>
    public double? Triad { get; init; }

    /// <summary>Numbers of a generator that has no property of its own for them, by key (docs/extending.md); written to the resolved scenario in the generator's key order.</summary>
    public IReadOnlyDictionary<string, double> Settings { get; init; } = NoSettings;

    /// <summary>Whether the network is read from a file (so its nodes have labels and may have attributes and weights).</summary>
    public bool IsFile => Generator == FileGenerator.GeneratorName;

    private static readonly IReadOnlyDictionary<string, double> NoSettings = new Dictionary<string, double>();
}
