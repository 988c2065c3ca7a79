using InfluenceSim.Abstractions.Counting;
using InfluenceSim.Abstractions.Messages;
using InfluenceSim.RunFolders.Results;

namespace InfluenceSim.Engine.Running;

/// <summary>
/// One replicate's counts per step (by <see cref="StepMeasure"/>), summed over the partitions'
/// answers, its per-seed cascades, and whether it is still going (docs/models.md "End of a
/// replicate"). Every count is an integer, so the order in which partitions answer never matters.
/// </summary>
internal sealed class ReplicateLedger
{
    private readonly List<long> _tallies = [];
    private readonly long[] _pending = new long[StepMeasures.Count];
    private readonly SortedDictionary<int, (long Size, int Depth)> _cascades = [];
    private bool _pendingWork;
    private long _settled;

    public bool Active { get; private set; } = true;

    /// <summary>How the replicate ended, once it is no longer <see cref="Active"/>.</summary>
    public ReplicateEnding EndedBy { get; private set; }

    /// <summary>How many nodes the brand relayed at the step opened last.</summary>
    public int RelayedPosts { get; private set; }

    /// <summary>The greatest depth of any adoption.</summary>
    public int MaxDepth { get; private set; }

    /// <summary>Adoptions at the step opened last.</summary>
    public long CurrentNewAdopters => _tallies[_tallies.Count - StepMeasures.Count + (int)StepMeasure.NewAdopters];

    /// <summary>How many steps ran (the last may be the quiet step that ended the replicate).</summary>
    public int Steps => _tallies.Count / StepMeasures.Count;

    /// <summary>The cascades grown from each seed, by seed id ascending.</summary>
    public IReadOnlyCollection<KeyValuePair<int, (long Size, int Depth)>> Cascades => _cascades;

    /// <summary>Exposures waiting to be delivered at the next step, every kind together.</summary>
    public long PendingExposures =>
        _pending[(int)StepMeasure.ExposuresSocialProof] + _pending[(int)StepMeasure.ExposuresPrescription] + _pending[(int)StepMeasure.ExposuresBroadcast];

    /// <summary>The count of <paramref name="measure"/> at step <paramref name="step"/>.</summary>
    public long At(int step, StepMeasure measure) => _tallies[(step * StepMeasures.Count) + (int)measure];

    /// <summary>Counts a broadcast posted for the next step.</summary>
    public void CountBroadcast(bool negative)
    {
        _pending[(int)StepMeasure.ExposuresBroadcast]++;
        if (negative)
        {
            _pending[(int)StepMeasure.ExposuresNegative]++;
        }
    }

    /// <summary>Opens the next step: what was pending is delivered now.</summary>
    public void BeginStep()
    {
        _pending[(int)StepMeasure.Exposures] = PendingExposures;
        _tallies.AddRange(_pending);
        Array.Clear(_pending);
        _pendingWork = false;
        RelayedPosts = 0;
    }

    /// <summary>
    /// Adds one partition's counts of the step opened last: the measures of the step to it, those
    /// counted when sent (<see cref="StepMeasureInfo.Delivered"/>) to the next step.
    /// </summary>
    public void Add(ReplicateStep step)
    {
        int current = _tallies.Count - StepMeasures.Count;
        foreach (var measure in StepMeasures.All)
        {
            long count = step.Counts[(int)measure.Measure];
            if (measure.Delivered)
            {
                _pending[(int)measure.Measure] += count;
            }
            else
            {
                _tallies[current + (int)measure.Measure] += count;
            }
        }

        _settled += step.Counts[(int)StepMeasure.NewAdopters] + step.Counts[(int)StepMeasure.NewRejected];
        RelayedPosts += step.RelayedPosts;
        _pendingWork |= step.PendingWork;
    }

    /// <summary>Adds one partition's part of the cascade grown from <paramref name="root"/> and of the replicate's depth.</summary>
    public void AddCascade(int root, long size, int depth)
    {
        var cascade = _cascades.GetValueOrDefault(root);
        _cascades[root] = (cascade.Size + size, Math.Max(cascade.Depth, depth));
    }

    /// <summary>Takes one partition's greatest adoption depth into account.</summary>
    public void AddDepth(int depth) => MaxDepth = Math.Max(MaxDepth, depth);

    /// <summary>
    /// Closes a step: the replicate ends after the first step t &gt;= 1 at which nobody adopted and
    /// nothing is pending (no sending, relay or visit; no campaign after t while a node is
    /// undecided), or at the last step allowed: then it is censored unless that step was quiet.
    /// </summary>
    public void EndStep(int step, int maxSteps, int lastCampaignStep, int nodes)
    {
        bool campaignAhead = step < lastCampaignStep && _settled < nodes;
        bool quiet = step >= 1 && CurrentNewAdopters == 0 && !_pendingWork && !campaignAhead;
        if (quiet || step >= maxSteps)
        {
            Active = false;
            EndedBy = quiet ? ReplicateEnding.Quiet : ReplicateEnding.MaxSteps;
        }
    }
}
