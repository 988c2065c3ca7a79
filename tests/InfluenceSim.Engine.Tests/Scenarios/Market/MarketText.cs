namespace InfluenceSim.Engine.Tests.Scenarios.Market;

/// <summary>Scenario texts whose first three lines are a valid scenario, so that the market blocks start at line 4.</summary>
internal static class MarketText
{
    /// <summary>name, network and model (independent cascade) on lines 1 to 3.</summary>
    public const string Cascade = "name: a\nnetwork: { generator: complete, nodes: 10 }\nmodel: { kind: independent-cascade, probability: 0.1 }\n";

    /// <summary>The same with linear threshold.</summary>
    public const string Threshold = "name: a\nnetwork: { generator: complete, nodes: 10 }\nmodel: { kind: linear-threshold, threshold: 0.5 }\n";

    /// <summary>The same with complex contagion.</summary>
    public const string Complex = "name: a\nnetwork: { generator: complete, nodes: 10 }\nmodel: { kind: complex-contagion }\n";
}
