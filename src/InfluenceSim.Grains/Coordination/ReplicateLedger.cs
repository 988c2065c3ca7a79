namespace InfluenceSim.Grains.Coordination;

/// <summary>One replicate's counts per step, its per-seed cascades, and whether it is still going (SPEC "End of a run").</summary>
internal sealed class ReplicateLedger
{
    private readonly List<long> _newAdopters = [];
    private readonly List<long> _exposures = [];
    private readonly SortedDictionary<int, (long Size, int Depth)> _cascades = [];

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

    /// <summary>The cascades grown from each seed, by seed id ascending.</summary>
    public IReadOnlyCollection<KeyValuePair<int, (long Size, int Depth)>> Cascades => _cascades;

    /// <summary>Counts a prescription of the current step: it exposes <paramref name="outDegree"/> ties at the next one.</summary>
    public void CountPrescription(int outDegree) => PendingExposures += outDegree;

    /// <summary>Counts an adoption that traces back to <paramref name="root"/> (-1: none) at <paramref name="depth"/>.</summary>
    public void CountAdoption(int root, int depth)
    {
        _newAdopters[^1]++;
        if (root >= 0)
        {
            var cascade = _cascades.GetValueOrDefault(root);
            _cascades[root] = (cascade.Size + 1, Math.Max(cascade.Depth, depth));
        }
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
