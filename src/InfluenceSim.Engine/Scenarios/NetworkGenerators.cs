namespace InfluenceSim.Engine.Scenarios;

/// <summary>The values of <c>network.generator</c> and the keys each one takes.</summary>
public static class NetworkGenerators
{
    public const string ErdosRenyi = "erdos-renyi";
    public const string BarabasiAlbert = "barabasi-albert";
    public const string WattsStrogatz = "watts-strogatz";
    public const string RingLattice = "ring-lattice";
    public const string Complete = "complete";
    public const string Star = "star";
    public const string Path = "path";
    public const string StochasticBlock = "stochastic-block";
    public const string Configuration = "configuration";
    public const string PowerLawCluster = "powerlaw-cluster";
    public const string File = "file";

    /// <summary>Every generator, in the documented order.</summary>
    public static IReadOnlyList<string> All { get; } = [ErdosRenyi, BarabasiAlbert, WattsStrogatz, RingLattice, Complete, Star, Path, StochasticBlock, Configuration, PowerLawCluster, File];

    /// <summary>The keys of <c>network:</c> each generator takes, besides <c>generator</c>.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Keys { get; } = new Dictionary<string, IReadOnlyList<string>>
    {
        [ErdosRenyi] = ["nodes", "mean-degree"],
        [BarabasiAlbert] = ["nodes", "m"],
        [WattsStrogatz] = ["nodes", "k", "rewire"],
        [RingLattice] = ["nodes", "k"],
        [Complete] = ["nodes"],
        [Star] = ["nodes"],
        [Path] = ["nodes"],
        [StochasticBlock] = ["nodes", "blocks", "p-in", "p-out"],
        [Configuration] = ["nodes", "degrees", "power-law"],
        [PowerLawCluster] = ["nodes", "m", "triad"],
        [File] = ["path", "directed", "nodes"],
    };

    /// <summary>The keys of <c>network.power-law</c> (generator configuration).</summary>
    public static IReadOnlyList<string> PowerLawKeys { get; } = ["exponent", "min-degree", "max-degree"];
}
