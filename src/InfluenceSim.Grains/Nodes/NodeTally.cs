using InfluenceSim.Abstractions.Messages;
using InfluenceSim.Models.Agents;
using InfluenceSim.Models.Market;

namespace InfluenceSim.Grains.Nodes;

/// <summary>
/// What one node received and sent in each replicate, for the per-node table: letters by kind,
/// its adoption's cause, and the prescriptions it sent (delivered only if the step after the
/// sending ran, so the last sending is kept apart until the run's last steps are known).
/// </summary>
internal sealed class NodeTally(int replicates)
{
    private readonly int[] _causes = Filled(replicates, -1);
    private readonly int[] _socialProof = new int[replicates];
    private readonly int[] _prescriptions = new int[replicates];
    private readonly int[] _negative = new int[replicates];
    private readonly int[] _broadcasts = new int[replicates];
    private readonly int[] _sent = new int[replicates];
    private readonly int[] _landed = new int[replicates];
    private readonly int[] _lastSendingStep = Filled(replicates, -1);
    private readonly int[] _lastSent = new int[replicates];
    private readonly int[] _lastLanded = new int[replicates];

    public void Received(int replicate, ReadOnlySpan<Letter> letters)
    {
        foreach (var letter in letters)
        {
            var counts = LetterKind.MessageKindOf(letter.Kind) switch
            {
                MessageKind.SocialProof => _socialProof,
                MessageKind.Prescription => _prescriptions,
                _ => _broadcasts,
            };
            counts[replicate]++;

            if (LetterKind.IsNegative(letter.Kind))
            {
                _negative[replicate]++;
            }
        }
    }

    public void Adopted(int replicate, int cause) => _causes[replicate] = cause;

    /// <summary>Counts a sending at <paramref name="step"/>: prescriptions delivered at the next step, and those that landed.</summary>
    public void Sent(int replicate, int step, Outbox outbox)
    {
        if (outbox.Prescriptions == 0)
        {
            return;
        }

        _sent[replicate] += _lastSent[replicate];
        _landed[replicate] += _lastLanded[replicate];
        _lastSendingStep[replicate] = step;
        _lastSent[replicate] = outbox.Prescriptions;
        _lastLanded[replicate] = outbox.Landed;
    }

    /// <summary>The records of node <paramref name="index"/> of <paramref name="blocks"/>, its counts beside its actor's choices; a sending at a replicate's last step that ran was never delivered.</summary>
    public NodeRecords Records(ReplicateBlocks blocks, int index, int[] lastSteps)
    {
        int count = _causes.Length;
        var sent = new int[count];
        var landed = new int[count];
        var adoptedAt = new int[count];
        var creditedTo = new int[count];
        var rootOf = new int[count];
        var depthOf = new int[count];
        var rejectedAt = new int[count];
        var dissatisfied = new bool[count];
        for (int r = 0; r < count; r++)
        {
            bool delivered = _lastSendingStep[r] >= 0 && _lastSendingStep[r] < lastSteps[r];
            sent[r] = _sent[r] + (delivered ? _lastSent[r] : 0);
            landed[r] = _landed[r] + (delivered ? _lastLanded[r] : 0);
            IActorRole actor = blocks.Of(r);
            adoptedAt[r] = actor.AdoptedAt(index, r);
            creditedTo[r] = actor.CreditedTo(index, r);
            rootOf[r] = actor.RootOf(index, r);
            depthOf[r] = actor.DepthOf(index, r);
            rejectedAt[r] = actor.RejectedAt(index, r);
            dissatisfied[r] = actor.Dissatisfied(index, r);
        }

        return new NodeRecords(adoptedAt, [.. _causes], creditedTo, rootOf, depthOf, rejectedAt, dissatisfied, [.. _socialProof], [.. _prescriptions], [.. _negative], [.. _broadcasts], sent, landed);
    }

    private static int[] Filled(int count, int value)
    {
        var values = new int[count];
        Array.Fill(values, value);
        return values;
    }
}
