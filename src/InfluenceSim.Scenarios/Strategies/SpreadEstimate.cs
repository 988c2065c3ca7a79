namespace InfluenceSim.Scenarios.Strategies;

/// <summary>How a strategy estimates spread under the scenario's model, which the model must support (docs/influence-maximisation.md).</summary>
public enum SpreadEstimate
{
    /// <summary>It estimates no spread: any model will do.</summary>
    None,

    /// <summary>Monte Carlo simulations of the model as greedy seeding runs it: independent cascade, or linear threshold with its own threshold.</summary>
    Simulated,

    /// <summary>Reverse-reachable sets, exact for independent cascade and for linear threshold with uniform thresholds only.</summary>
    ReverseReachableSets,
}
