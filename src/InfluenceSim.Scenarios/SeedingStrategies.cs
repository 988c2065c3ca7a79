using InfluenceSim.Scenarios.Strategies;

namespace InfluenceSim.Scenarios;

/// <summary>
/// The values of <c>seeding.strategy</c> (and of <c>compare-seeding</c>): every
/// <see cref="SeedingStrategy"/>, in the documented order. Validation, the seed planner and the docs
/// read it; the engine's <c>BuiltIns.Strategies</c> is the built-in list (docs/extending.md).
/// </summary>
public sealed class SeedingStrategies : NamedRegistry<SeedingStrategy>
{
    /// <summary>A registry of <paramref name="strategies"/>, in that order; their names must be distinct.</summary>
    public SeedingStrategies(IReadOnlyList<SeedingStrategy> strategies)
        : base(strategies, s => s.Name, "seeding strategy") =>
        Sized = [.. strategies.Where(s => s.Input == SeedingInput.Sized).Select(s => s.Name)];

    /// <summary>The strategies that pick a number of seeds (<c>count</c>, <c>fraction</c> or <c>budget</c>); only these can be compared.</summary>
    public IReadOnlyList<string> Sized { get; }

    /// <summary>This registry with <paramref name="strategy"/> added last.</summary>
    public SeedingStrategies With(SeedingStrategy strategy) => new([.. All, strategy]);
}
