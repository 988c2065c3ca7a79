using InfluenceSim.Models.Market;

namespace InfluenceSim.EndToEnd.Tests.Oracle;

/// <summary>A node's adoption at a step: its cause and the node it is credited to (-1: nobody).</summary>
public readonly record struct OracleDecision(AdoptionCause Cause, int Credit)
{
    public static OracleDecision ByBroadcast { get; } = new(AdoptionCause.Broadcast, -1);
}
