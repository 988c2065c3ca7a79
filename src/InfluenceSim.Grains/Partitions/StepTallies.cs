using System.Runtime.CompilerServices;
using InfluenceSim.Abstractions.Counting;
using InfluenceSim.Abstractions.Messages;
using InfluenceSim.Models.Market;

namespace InfluenceSim.Grains.Partitions;

/// <summary>A partition's counts of one step, per replicate, by <see cref="StepMeasure"/>, as the runner sums them (<see cref="ReplicateStep"/>).</summary>
internal sealed class StepTallies(int replicates)
{
    private readonly long[]?[] _counts = new long[]?[replicates];
    private readonly int[] _relayed = new int[replicates];
    private readonly bool[] _pendingWork = new bool[replicates];

    /// <summary>Counts an adoption by <paramref name="cause"/>.</summary>
    public void CountAdoption(int replicate, AdoptionCause cause)
    {
        var counts = Counts(replicate);
        counts[(int)StepMeasure.NewAdopters]++;
        counts[(int)(cause switch
        {
            AdoptionCause.Seed => StepMeasure.CauseSeed,
            AdoptionCause.Broadcast => StepMeasure.CauseBroadcast,
            AdoptionCause.Prescription => StepMeasure.CausePrescription,
            _ => StepMeasure.CauseSocialProof,
        })]++;
    }

    public void CountRejection(int replicate) => Counts(replicate)[(int)StepMeasure.NewRejected]++;

    /// <summary>Counts what one node sends at the step (delivered at the next) and what it asks for (<see cref="StepReport"/>'s flags).</summary>
    public void CountSending(int replicate, int socialProof, int prescriptions, int negative, int suppressed, int flags)
    {
        var counts = Counts(replicate);
        counts[(int)StepMeasure.ExposuresSocialProof] += socialProof;
        counts[(int)StepMeasure.ExposuresPrescription] += prescriptions;
        counts[(int)StepMeasure.ExposuresNegative] += negative;
        counts[(int)StepMeasure.Suppressed] += suppressed;
        if ((flags & StepReport.PrescriberFlag) != 0)
        {
            counts[(int)StepMeasure.ActivePrescribers]++;
        }

        if ((flags & StepReport.RelayedFlag) != 0)
        {
            _relayed[replicate]++;
        }

        _pendingWork[replicate] |= socialProof > 0 || prescriptions > 0 || flags != 0;
    }

    /// <summary>The rows of the replicates in which something was counted, ascending (a plain loop: no query to compile at a run's first step).</summary>
    public ReplicateStep[] Rows()
    {
        var rows = new List<ReplicateStep>();
        for (int r = 0; r < _counts.Length; r++)
        {
            if (_counts[r] is { } counts)
            {
                rows.Add(new ReplicateStep(r, counts, _relayed[r], _pendingWork[r]));
            }
        }

        return [.. rows];
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private long[] Counts(int replicate) => _counts[replicate] ??= new long[StepMeasures.Count];
}
