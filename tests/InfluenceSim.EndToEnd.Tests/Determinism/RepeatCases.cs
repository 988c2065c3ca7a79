namespace InfluenceSim.EndToEnd.Tests.Determinism;

/// <summary>The first four agreement cases with random seeding (seeds drawn per replicate), each also run twice with the very same request.</summary>
public static class RepeatCases
{
    public static TheoryData<string> Names => new(
        DeterminismCases.All.Keys.Where(name => name.Contains("/random-", StringComparison.Ordinal)).Take(4));
}
