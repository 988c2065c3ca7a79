using InfluenceSim.Abstractions.Messages;

namespace InfluenceSim.Grains.Coordination;

/// <summary>
/// One replicate's counts per step (<see cref="StepTally"/> columns), its per-seed cascades, and
/// whether it is still going (docs/models.md "End of a replicate").
/// </summary>
internal sealed class ReplicateLedger
{
    private readonly List<long> _tallies = [];
    private readonly long[] _pending = new long[StepTally.Width];
    private readonly SortedDictionary<int, (long Size, int Depth)> _cascades = [];
    private bool _pendingWork;
    private long _settled;

    public bool Active { get; private set; } = true;

    /// <summary>How many nodes the brand relayed at the step opened last.</summary>
    public int RelayedPosts { get; private set; }

    /// <summary>The greatest depth of any adoption so far.</summary>
    public int MaxDepth { get; private set; }

    /// <summary>Adoptions at the step opened last.</summary>
    public long CurrentNewAdopters => _tallies[_tallies.Count - StepTally.Width + StepTally.NewAdopters];

    public long[] Tallies => [.. _tallies];

    /// <summary>The cascades grown from each seed, by seed id ascending.</summary>
    public IReadOnlyCollection<KeyValuePair<int, (long Size, int Depth)>> Cascades => _cascades;

    /// <summary>Exposures waiting to be delivered at the next step, every kind together.</summary>
    public long PendingExposures => _pending[StepTally.ExposuresSocialProof] + _pending[StepTally.ExposuresPrescription] + _pending[StepTally.ExposuresBroadcast];

    /// <summary>Counts a broadcast posted for the next step.</summary>
    public void CountBroadcast(bool negative)
    {
        _pending[StepTally.ExposuresBroadcast]++;
        if (negative)
        {
            _pending[StepTally.ExposuresNegative]++;
        }
    }

    /// <summary>Opens the next step: what was pending is delivered now.</summary>
    public void BeginStep()
    {
        _pending[StepTally.Exposures] = PendingExposures;
        _tallies.AddRange(_pending);
        Array.Clear(_pending);
        _pendingWork = false;
        RelayedPosts = 0;
    }

    /// <summary>Counts an adoption of the current step by cause (a <see cref="StepTally"/> cause column offset 0..3), tracing back to <paramref name="root"/> (-1: none) at <paramref name="depth"/>.</summary>
    public void CountAdoption(int cause, int root, int depth)
    {
        Add(StepTally.NewAdopters, 1);
        Add(StepTally.CauseSeed + cause, 1);
        _settled++;
        MaxDepth = Math.Max(MaxDepth, depth);
        if (root >= 0)
        {
            var cascade = _cascades.GetValueOrDefault(root);
            _cascades[root] = (cascade.Size + 1, Math.Max(cascade.Depth, depth));
        }
    }

    public void CountRejection()
    {
        Add(StepTally.NewRejected, 1);
        _settled++;
    }

    /// <summary>Counts what one node sends at the current step (delivered at the next) and what it asks for.</summary>
    public void CountSending(int socialProof, int prescriptions, int negative, int suppressed, int flags)
    {
        _pending[StepTally.ExposuresSocialProof] += socialProof;
        _pending[StepTally.ExposuresPrescription] += prescriptions;
        _pending[StepTally.ExposuresNegative] += negative;
        _pending[StepTally.Suppressed] += suppressed;
        if ((flags & StepReport.PrescriberFlag) != 0)
        {
            Add(StepTally.ActivePrescribers, 1);
        }

        if ((flags & StepReport.RelayedFlag) != 0)
        {
            RelayedPosts++;
        }

        _pendingWork |= socialProof > 0 || prescriptions > 0 || flags != 0;
    }

    /// <summary>
    /// Closes a step: the replicate ends after the first step t &gt;= 1 at which nobody adopted and
    /// nothing is pending (no sending, relay or visit; no campaign after t while a node is
    /// undecided), or at the last step allowed.
    /// </summary>
    public void EndStep(int step, int maxSteps, int lastCampaignStep, int nodes)
    {
        bool campaignAhead = step < lastCampaignStep && _settled < nodes;
        bool quiet = step >= 1 && CurrentNewAdopters == 0 && !_pendingWork && !campaignAhead;
        if (quiet || step >= maxSteps)
        {
            Active = false;
        }
    }

    private void Add(int column, long amount) => _tallies[_tallies.Count - StepTally.Width + column] += amount;
}
