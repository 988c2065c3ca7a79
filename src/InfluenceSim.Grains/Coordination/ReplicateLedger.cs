namespace InfluenceSim.Grains.Coordination;

/// <summary>One replicate's counts per step and whether it is still going (SPEC "End of a run").</summary>
internal sealed class ReplicateLedger
{
    private readonly List<long> _newAdopters = [];
    private readonly List<long> _exposures = [];

    public bool Active { get; private set; } = true;

    /// <summary>Exposures that the adopters of the current step deliver at the next one.</summary>
    public long PendingExposures { get; private set; }

    /// <summary>Adoptions at the step opened last.</summary>
    public long CurrentNewAdopters => _newAdopters[^1];

    public long[] NewAdopters => [.. _newAdopters];

    public long[] Exposures => [.. _exposures];

    /// <summary>Opens the next step: the exposures pending from the previous step are delivered now.</summary>
    public void BeginStep()
    {
        _exposures.Add(PendingExposures);
        _newAdopters.Add(0);
        PendingExposures = 0;
    }

    public void CountAdoption(int outDegree)
    {
        _newAdopters[^1]++;
        PendingExposures += outDegree;
    }

    /// <summary>
    /// Closes a step: the replicate ends after the first step t &gt;= 1 at which nobody adopted and
    /// nothing is pending, or at the last step allowed.
    /// </summary>
    public void EndStep(int step, int maxSteps)
    {
        bool quiet = step >= 1 && CurrentNewAdopters == 0 && PendingExposures == 0;
        if (quiet || step >= maxSteps)
        {
            Active = false;
        }
    }
}
