using InfluenceSim.Engine.Running;

namespace InfluenceSim.Cli.Traffic;

/// <summary>Counts a run's rounds: the runner reports progress once after each round it runs (every replicate batch's, a redone batch's too).</summary>
internal sealed class RoundCounter : IProgress<RunProgress>
{
    private const string RoundPhase = "propagation";

    /// <summary>The rounds run so far.</summary>
    public int Rounds { get; private set; }

    public void Report(RunProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Phase == RoundPhase)
        {
            Rounds++;
        }
    }
}
