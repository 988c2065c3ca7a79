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

    public static ModelCase Threshold(double value) =>
        LinearThreshold(Invariant($"lt-{value}"), Distribution.Constant(value), new ConstantThreshold(value));

    public static ModelCase UniformThreshold(double min, double max) =>
        LinearThreshold(Invariant($"lt-uniform-{min}-{max}"), Distribution.Uniform(min, max), new UniformThreshold(min, max));

    public static ModelCase NormalThreshold(double mean, double sd) =>
        LinearThreshold(Invariant($"lt-normal-{mean}-{sd}"), Distribution.Normal(mean, sd), new NormalThreshold(mean, sd));

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
