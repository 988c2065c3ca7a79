using System.Globalization;
using InfluenceSim.EndToEnd.Tests.Oracle;
using InfluenceSim.Engine;
using InfluenceSim.Engine.Seeding;
using InfluenceSim.Networks;
using InfluenceSim.Scenarios;
using InfluenceSim.Seeding;

namespace InfluenceSim.EndToEnd.Tests.Cases;

/// <summary>One seeding block, as the engine plans it and as the oracle draws it.</summary>
public sealed record SeedingCase(string Name, SeedingSpec Spec, int[] ExplicitNodes, OracleSeeding Oracle)
{
    public static SeedingCase RandomCount(int count) =>
        new(Invariant($"random-{count}"), new SeedingSpec("random", Count: count), [], new RandomSeeding(count, null));

    public static SeedingCase RandomFraction(double fraction) =>
        new(Invariant($"random-{fraction}"), new SeedingSpec("random", Fraction: fraction), [], new RandomSeeding(null, fraction));

    public static SeedingCase TopDegree(int count) =>
        new(Invariant($"top-degree-{count}"), new SeedingSpec("top-degree", Count: count), [], new TopDegreeSeeding(count, null));

    public static SeedingCase TopDegreeFraction(double fraction) =>
        new(Invariant($"top-degree-{fraction}"), new SeedingSpec("top-degree", Fraction: fraction), [], new TopDegreeSeeding(null, fraction));

    public static SeedingCase Explicit(params int[] nodes) => new(
        "explicit-" + string.Join('-', nodes),
        new SeedingSpec("explicit", Nodes: [.. nodes.Select(n => n.ToString(CultureInfo.InvariantCulture))]),
        nodes,
        new ExplicitSeeding(nodes));

    public static SeedingCase None { get; } = new("none", new SeedingSpec("none"), [], new NoSeeding());

    public SeedPlan PlanFor(Network network, long masterSeed) => SeedPlanner.For(BuiltIns.Strategies, Spec, network, masterSeed, ExplicitNodes);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
