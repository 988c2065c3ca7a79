using InfluenceSim.Scenarios.Strategies;

namespace InfluenceSim.Scenarios;

/// <summary>Settings of the strategies that need them, with their defaults.</summary>
/// <param name="Samples">betweenness: pivot sources for sampled betweenness on large networks.</param>
/// <param name="Estimator">greedy: <c>celf</c> (lazy greedy over Monte Carlo estimates), <c>ris</c> (reverse-reachable sets) or <c>imm</c> (as many sets as IMM's bound asks).</param>
/// <param name="Simulations">greedy, celf: Monte Carlo runs per spread estimate.</param>
/// <param name="RrSets">greedy, ris: reverse-reachable sets sampled (null: the estimator's default).</param>
/// <param name="Candidates">greedy: consider only this many highest-degree nodes (null: every node).</param>
/// <param name="PilotReplicates">observed-prescribers: replicates of the pilot run.</param>
/// <param name="Epsilon">greedy, imm: the guarantee's slack (1 - 1/e - epsilon).</param>
/// <param name="L">greedy, imm: the guarantee holds with probability 1 - n^-l.</param>
public sealed record SeedingOptions(
    int Samples = SeedingOptions.DefaultSamples,
    string Estimator = SeedingOptions.Celf,
    int Simulations = SeedingOptions.DefaultSimulations,
    int? RrSets = null,
    int? Candidates = null,
    int PilotReplicates = SeedingOptions.DefaultPilotReplicates,
    double Epsilon = SeedingOptions.DefaultEpsilon,
    double L = SeedingOptions.DefaultL)
{
    public const string Celf = "celf";
    public const string Ris = "ris";
    public const string Imm = "imm";
    public const double DefaultEpsilon = 0.1;
    public const double DefaultL = 1;
    public const int DefaultSamples = 256;
    public const int DefaultSimulations = 200;
    public const int DefaultPilotReplicates = 20;

    private static readonly IReadOnlyDictionary<string, double> NoSettings = new Dictionary<string, double>();

    /// <summary>The values of the strategies' declared settings (<c>SeedingStrategy.Settings</c>), by key, defaults filled in.</summary>
    public IReadOnlyDictionary<string, double> Settings { get; init; } = NoSettings;

    /// <summary>The value of <paramref name="setting"/>: the scenario's, or its default.</summary>
    public double ValueOf(StrategySetting setting)
    {
        ArgumentNullException.ThrowIfNull(setting);
        return Settings.TryGetValue(setting.Key, out double value) ? value : setting.Default;
    }
}
