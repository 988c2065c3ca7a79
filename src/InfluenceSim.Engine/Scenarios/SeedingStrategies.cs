using InfluenceSim.Engine.Seeding.Strategies;

namespace InfluenceSim.Engine.Scenarios;

/// <summary>
/// The values of <c>seeding.strategy</c> (and of <c>compare-seeding</c>): every
/// <see cref="SeedingStrategy"/>, in the documented order. Validation, the seed planner and the docs
/// read this list; adding a strategy is one class and one line here (docs/extending.md).
/// </summary>
public sealed class SeedingStrategies
{
    /// <summary>The strategies a scenario can name.</summary>
    public static SeedingStrategies Default { get; } = new(
    [
        new RandomStrategy(),
        new TopDegreeStrategy(),
        new PageRankStrategy(),
        new KCoreStrategy(),
        new BetweennessStrategy(),
        new CommunitySpreadStrategy(),
        new GreedyStrategy(),
        new ObservedPrescribersStrategy(),
        new ExplicitStrategy(),
        new NoneStrategy(),
    ]);

    /// <summary>A registry of <paramref name="strategies"/>, in that order; their names must be distinct.</summary>
    public SeedingStrategies(IReadOnlyList<SeedingStrategy> strategies)
    {
        ArgumentNullException.ThrowIfNull(strategies);
        if (strategies.GroupBy(s => s.Name).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new ArgumentException($"two seeding strategies are named '{twice.Key}'", nameof(strategies));
        }

        All = strategies;
        Names = [.. strategies.Select(s => s.Name)];
        Sized = [.. strategies.Where(s => s.Input == SeedingInput.Sized).Select(s => s.Name)];
    }

    /// <summary>Every strategy, in the documented order.</summary>
    public IReadOnlyList<SeedingStrategy> All { get; }

    /// <summary>Every strategy's name, in the documented order.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>The strategies that pick a number of seeds (<c>count</c>, <c>fraction</c> or <c>budget</c>); only these can be compared.</summary>
    public IReadOnlyList<string> Sized { get; }

    /// <summary>The strategy named <paramref name="name"/>, or null.</summary>
    public SeedingStrategy? Find(string name) => All.FirstOrDefault(s => s.Name == name);

    /// <summary>The strategy named <paramref name="name"/> (a name validation accepted).</summary>
    public SeedingStrategy Get(string name) => Find(name) ?? throw new ArgumentException($"unknown seeding strategy '{name}'", nameof(name));

    /// <summary>This registry with <paramref name="strategy"/> added last.</summary>
    public SeedingStrategies With(SeedingStrategy strategy) => new([.. All, strategy]);
}
