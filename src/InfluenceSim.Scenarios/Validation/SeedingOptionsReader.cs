using InfluenceSim.Scenarios.Strategies;

namespace InfluenceSim.Scenarios.Validation;

/// <summary>Reads the strategy settings of a <c>seeding:</c> block; a setting is allowed only when a strategy in use declares it (<see cref="SeedingStrategy.Options"/>).</summary>
internal sealed class SeedingOptionsReader(BlockReader block, ValueChecker values, SeedingStrategies strategies)
{
    private const string SamplesKey = "samples";
    private const string EstimatorKey = "estimator";
    private const string SimulationsKey = "simulations";
    private const string RrSetsKey = "rr-sets";
    private const string CandidatesKey = "candidates";
    private const string PilotReplicatesKey = "pilot-replicates";
    private const string EpsilonKey = "epsilon";
    private const string LKey = "l";
    private const long MaxBudget = 10_000_000;

    /// <summary>The settings <see cref="SeedingOptions"/> holds, in the order unknown-key hints list them.</summary>
    private static readonly string[] Held = [SamplesKey, EstimatorKey, SimulationsKey, RrSetsKey, CandidatesKey, PilotReplicatesKey, EpsilonKey, LKey];

    /// <summary>Every setting key the strategies of <paramref name="strategies"/> declare.</summary>
    public static IEnumerable<string> KeysOf(SeedingStrategies strategies)
    {
        var declared = strategies.All.SelectMany(s => s.Options).Distinct().ToList();
        return Held.Where(declared.Contains).Concat(declared.Except(Held));
    }

    /// <summary>The settings, defaults for those not written; a setting no strategy in <paramref name="inUse"/> declares is a problem.</summary>
    public SeedingOptions Read(IReadOnlyList<string> inUse)
    {
        foreach (string key in KeysOf(strategies))
        {
            var owners = strategies.All.Where(s => s.Options.Contains(key)).Select(s => s.Name).ToList();
            if (!owners.Any(inUse.Contains))
            {
                block.NotUsed(key, $"'{block.PathOf(key)}' is used only by strategy {string.Join(", ", owners)}");
            }
        }

        var defaults = new SeedingOptions();
        string estimator = Estimator() ?? defaults.Estimator;
        if (estimator != SeedingOptions.Imm)
        {
            foreach (string key in new[] { EpsilonKey, LKey })
            {
                block.NotUsed(key, $"'{block.PathOf(key)}' is used only by estimator {SeedingOptions.Imm}");
            }
        }

        var declared = strategies.All.SelectMany(s => s.Settings).ToList();
        var settings = declared.Count == 0 ? null : declared.DistinctBy(s => s.Key).ToDictionary(s => s.Key, s => Setting(s) ?? s.Default, StringComparer.Ordinal);
        return new SeedingOptions(
            Samples: (int)(Count(SamplesKey) ?? defaults.Samples),
            Estimator: estimator,
            Simulations: (int)(Count(SimulationsKey) ?? defaults.Simulations),
            RrSets: (int?)Count(RrSetsKey),
            Candidates: (int?)Count(CandidatesKey),
            PilotReplicates: (int)(Count(PilotReplicatesKey) ?? defaults.PilotReplicates),
            Epsilon: Number(EpsilonKey, "a number greater than 0 and less than 0.632 (1 - 1/e)", e => e > 0 && e < 1 - (1 / Math.E)) ?? defaults.Epsilon,
            L: Number(LKey, "a number greater than 0 and at most 100", l => l is > 0 and <= 100) ?? defaults.L)
        {
            Settings = settings ?? defaults.Settings,
        };
    }

    private long? Count(string key)
    {
        var node = block.Value(key);
        return node is null ? null : values.Integer(node, block.PathOf(key), $"an integer from 1 to {MaxBudget}", v => v is >= 1 and <= MaxBudget);
    }

    private double? Setting(StrategySetting setting) =>
        Number(setting.Key, setting.Accepts, v => v >= setting.Min && v <= setting.Max && (!setting.Integer || v == Math.Floor(v)));

    private double? Number(string key, string expected, Func<double, bool> accept)
    {
        var node = block.Value(key);
        return node is null ? null : values.Number(node, block.PathOf(key), expected, accept);
    }

    private string? Estimator()
    {
        var node = block.Value(EstimatorKey);
        return node is null ? null : values.Choice(node, block.PathOf(EstimatorKey), [SeedingOptions.Celf, SeedingOptions.Ris, SeedingOptions.Imm]);
    }
}
