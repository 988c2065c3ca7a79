using InfluenceSim.Models.Market;
using InfluenceSim.Networks;

namespace InfluenceSim.EndToEnd.Tests.Oracle;

/// <summary>
/// One replicate's state as the oracle runs it: per node, its adoption and rejection steps (-1: not
/// yet), cause, credited node, cascade root and depth, satisfaction, acceptance A (1 at the start) and
/// threshold (trait 0, raised by negative messages in linear-threshold).
/// </summary>
public sealed class OracleState
{
    public OracleState(Network network, OracleDraws draws, int replicate, OracleTraits traits, OracleModel model)
    {
        int n = network.NodeCount;
        Network = network;
        Draws = draws;
        Replicate = replicate;
        Traits = traits;
        AdoptedAt = Filled(n, -1);
        RejectedAt = Filled(n, -1);
        Credit = Filled(n, -1);
        Root = Filled(n, -1);
        Depth = new int[n];
        Cause = new AdoptionCause[n];
        Acceptance = [.. Enumerable.Repeat(1.0, n)];
        Threshold = [.. traits.Values(Trait.Threshold)];
        Satisfied = [.. Enumerable.Range(0, n).Select(v => !model.UsesSatisfaction || draws.Draw(OracleDraws.Trait, replicate, 0, v, OracleDraws.SatisfactionCoin) < traits.Value(Trait.Satisfaction, v))];
    }

    public Network Network { get; }

    public OracleDraws Draws { get; }

    public int Replicate { get; }

    public OracleTraits Traits { get; }

    public int[] AdoptedAt { get; }

    public int[] RejectedAt { get; }

    public int[] Credit { get; }

    public int[] Root { get; }

    public int[] Depth { get; }

    public AdoptionCause[] Cause { get; }

    public bool[] Satisfied { get; }

    public double[] Acceptance { get; }

    public double[] Threshold { get; }

    /// <summary>Whether <paramref name="node"/> has neither adopted nor rejected (as of the state now).</summary>
    public bool Open(int node) => AdoptedAt[node] < 0 && RejectedAt[node] < 0;

    private static int[] Filled(int n, int value) => [.. Enumerable.Repeat(value, n)];
}
