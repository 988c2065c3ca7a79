using System.Globalization;
using InfluenceSim.EndToEnd.Tests.Oracle;
using InfluenceSim.Models.Agents;
using InfluenceSim.Models.Distributions;

namespace InfluenceSim.EndToEnd.Tests.Cases;

/// <summary>One model, as the engine is told it and as the oracle runs it.</summary>
public sealed record ModelCase(string Name, ModelSettings Engine, OracleModel Oracle)
{
    public static ModelCase Cascade(double p) => new(
        Invariant($"ic-{p}"),
        new ModelSettings("independent-cascade", new Dictionary<string, Distribution> { ["probability"] = Distribution.Constant(p) }),
        new CascadeModel(p));

    /// <summary>Independent cascade whose adopters keep prescribing for <paramref name="steps"/> steps.</summary>
    public static ModelCase Cascade(double p, int steps) => new(
        Invariant($"ic-{p}-L{steps}"),
        new ModelSettings("independent-cascade", new Dictionary<string, Distribution> { ["probability"] = Distribution.Constant(p), ["prescribing-steps"] = Distribution.Constant(steps) }),
        new CascadeModel(p, steps));

    /// <summary>Independent cascade with the named per-tie rule <paramref name="rule"/> (from-weight, weighted-cascade or trivalency) and <paramref name="steps"/> prescribing steps.</summary>
    public static ModelCase TieRule(string rule, int steps = 1) => new(
        Invariant($"ic-{rule}-L{steps}"),
        new ModelSettings("independent-cascade", new Dictionary<string, Distribution> { ["prescribing-steps"] = Distribution.Constant(steps) })
        {
            ProbabilityRule = TieProbabilities.Names[rule],
        },
        new CascadeModel(double.NaN, steps) { Ties = new OracleTieRule(rule) });

    /// <summary>Independent cascade with negative word of mouth: each negative message multiplies acceptance by (1 - <paramref name="aversion"/>).</summary>
    public static ModelCase AverseCascade(double p, double aversion) => new(
        Invariant($"ic-{p}-av{aversion}"),
        new ModelSettings("independent-cascade", new Dictionary<string, Distribution> { ["probability"] = Distribution.Constant(p), ["aversion"] = Distribution.Constant(aversion) }),
        new CascadeModel(p, Averting: aversion));

    public static ModelCase Threshold(double value) =>
        LinearThreshold(Invariant($"lt-{value}"), Distribution.Constant(value), new ConstantThreshold(value));

    public static ModelCase UniformThreshold(double min, double max) =>
        LinearThreshold(Invariant($"lt-uniform-{min}-{max}"), Distribution.Uniform(min, max), new UniformThreshold(min, max));

    public static ModelCase NormalThreshold(double mean, double sd) =>
        LinearThreshold(Invariant($"lt-normal-{mean}-{sd}"), Distribution.Normal(mean, sd), new NormalThreshold(mean, sd));

    /// <summary>Linear threshold with negative word of mouth: each negative message adds <paramref name="aversion"/> to the threshold.</summary>
    public static ModelCase AverseThreshold(double value, double aversion) => new(
        Invariant($"lt-{value}-av{aversion}"),
        new ModelSettings("linear-threshold", new Dictionary<string, Distribution> { ["threshold"] = Distribution.Constant(value), ["aversion"] = Distribution.Constant(aversion) }),
        new ThresholdModel(new ConstantThreshold(value), aversion));

    /// <summary>Bass with innovation <paramref name="p"/>, imitation <paramref name="q"/> and aversion.</summary>
    public static ModelCase Bass(double p, double q, double aversion = 0) => new(
        Invariant($"bass-{p}-{q}-av{aversion}"),
        new ModelSettings("bass", new Dictionary<string, Distribution>
        {
            ["innovation"] = Distribution.Constant(p),
            ["imitation"] = Distribution.Constant(q),
            ["aversion"] = Distribution.Constant(aversion),
        }),
        new BassModel(p, q, aversion));

    public static ModelCase ComplexContagion(int count) => new(
        Invariant($"cc-{count}"),
        new ModelSettings("complex-contagion", new Dictionary<string, Distribution> { ["threshold-count"] = Distribution.Constant(count) }),
        new ComplexContagionModel(count));

    private static ModelCase LinearThreshold(string name, Distribution threshold, OracleThreshold oracle) => new(
        name,
        new ModelSettings("linear-threshold", new Dictionary<string, Distribution> { ["threshold"] = threshold }),
        new ThresholdModel(oracle));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
