namespace InfluenceSim.Scenarios.Strategies;

/// <summary>What a strategy reads from the <c>seeding:</c> block besides its settings.</summary>
public enum SeedingInput
{
    /// <summary><c>count</c>, <c>fraction</c> or <c>budget</c> (with <c>cost</c>); such a strategy can be compared.</summary>
    Sized,

    /// <summary><c>nodes</c>: node ids or labels, the same seeds in every replicate.</summary>
    Listed,

    /// <summary>Nothing: no seeds.</summary>
    Nothing,
}
