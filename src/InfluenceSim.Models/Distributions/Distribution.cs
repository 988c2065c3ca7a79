using System.Globalization;
using NormalDistribution = MathNet.Numerics.Distributions.Normal;

namespace InfluenceSim.Models.Distributions;

/// <summary>
/// A number or a distribution of numbers a trait is drawn from: <c>constant</c>, <c>uniform</c> on
/// [min, max] or <c>normal</c> (mean, sd), turned into a value by one uniform draw u in [0, 1) and
/// clipped to the parameter's range.
/// </summary>
public sealed record Distribution(DistributionShape Shape, double First, double Second)
{
    /// <summary>A constant value.</summary>
    public static Distribution Constant(double value) => new(DistributionShape.Constant, value, 0);

    /// <summary>Uniform on [min, max]: min + u (max - min).</summary>
    public static Distribution Uniform(double min, double max) => new(DistributionShape.Uniform, min, max);

    /// <summary>Normal: mean + sd z, z the standard normal quantile of u.</summary>
    public static Distribution Normal(double mean, double sd) => new(DistributionShape.Normal, mean, sd);

    /// <summary>Whether the value does not depend on the draw.</summary>
    public bool IsConstant => Shape == DistributionShape.Constant || (Shape == DistributionShape.Uniform && First == Second) || (Shape == DistributionShape.Normal && Second == 0);

    /// <summary>
    /// The value for uniform draw <paramref name="u"/>, clipped to [min, max]. The normal quantile
    /// is MathNet.Numerics' <c>Normal.InvCDF</c> (an inverse error function); u = 0 gives -infinity,
    /// which the clip turns into <paramref name="min"/>.
    /// </summary>
    public double Sample(double u, double min, double max)
    {
        double value = Shape switch
        {
            DistributionShape.Constant => First,
            DistributionShape.Uniform => First + (u * (Second - First)),
            DistributionShape.Normal => Second == 0 ? First : NormalDistribution.InvCDF(First, Second, u),
            _ => throw new InvalidOperationException($"unknown distribution shape {Shape}"),
        };
        return Math.Clamp(value, min, max);
    }

    /// <summary>Whether some draw can give exactly <paramref name="value"/> after clipping to [min, max].</summary>
    public bool CanYield(double value, double min, double max) => Shape switch
    {
        DistributionShape.Constant => Math.Clamp(First, min, max) == value,
        DistributionShape.Uniform => Math.Clamp(First, min, max) <= value && value <= Math.Clamp(Second, min, max),
        DistributionShape.Normal => Second == 0 ? Math.Clamp(First, min, max) == value : (min <= value && value <= max),
        _ => false,
    };

    /// <summary>Scenario notation: a number, <c>{ uniform: [a, b] }</c> or <c>{ normal: [m, s] }</c>.</summary>
    public override string ToString() => Shape switch
    {
        DistributionShape.Constant => First.ToString("R", CultureInfo.InvariantCulture),
        DistributionShape.Uniform => string.Create(CultureInfo.InvariantCulture, $"{{ uniform: [{First:R}, {Second:R}] }}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{{ normal: [{First:R}, {Second:R}] }}"),
    };
}
