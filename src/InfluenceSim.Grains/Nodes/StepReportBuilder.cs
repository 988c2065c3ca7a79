using InfluenceSim.Abstractions.Messages;
using InfluenceSim.Models.Agents;

namespace InfluenceSim.Grains.Nodes;

/// <summary>Accumulates a node's adoptions, rejections, sendings, outgoing mail and received events for one step.</summary>
internal sealed class StepReportBuilder(bool recordEvents)
{
    private readonly List<int> _adopted = [];
    private readonly List<int> _causes = [];
    private readonly List<int> _credits = [];
    private readonly List<int> _roots = [];
    private readonly List<int> _depths = [];
    private readonly List<int> _rejected = [];
    private readonly List<int> _sent = [];
    private readonly List<int> _sentRoots = [];
    private readonly List<int> _sentDepths = [];
    private readonly List<int> _socialProof = [];
    private readonly List<int> _prescriptions = [];
    private readonly List<int> _negative = [];
    private readonly List<int> _suppressed = [];
    private readonly List<int> _flags = [];
    private readonly List<int> _mailTargets = [];
    private readonly List<int> _mailReplicates = [];
    private readonly List<int> _mailKinds = [];
    private readonly ReceivedEventsBuilder? _events = recordEvents ? new ReceivedEventsBuilder() : null;

    /// <summary>The received-events recorder, or null when the run records none.</summary>
    public ReceivedEventsBuilder? Events => _events;

    public void AddAdoption(int replicate, int cause, int credit, int root, int depth)
    {
        _adopted.Add(replicate);
        _causes.Add(cause);
        _credits.Add(credit);
        _roots.Add(root);
        _depths.Add(depth);
    }

    public void AddRejection(int replicate) => _rejected.Add(replicate);

    /// <summary>Records what the node sends in <paramref name="replicate"/>, unless it sends nothing.</summary>
    public void AddSending(int replicate, int root, int depth, Outbox outbox)
    {
        if (outbox.IsEmpty)
        {
            return;
        }

        _sent.Add(replicate);
        _sentRoots.Add(root);
        _sentDepths.Add(depth);
        _socialProof.Add(outbox.SocialProof);
        _prescriptions.Add(outbox.Prescriptions);
        _negative.Add(outbox.Negative);
        _suppressed.Add(outbox.Suppressed);
        _flags.Add((outbox.Prescriber ? StepReport.PrescriberFlag : 0) | (outbox.Relayed ? StepReport.RelayedFlag : 0) | (outbox.Revisit ? StepReport.RevisitFlag : 0));
        foreach (var (target, kind) in outbox.Mail)
        {
            _mailTargets.Add(target);
            _mailReplicates.Add(replicate);
            _mailKinds.Add(kind);
        }
    }

    public StepReport Build() => new(
        [.. _adopted], [.. _causes], [.. _credits], [.. _roots], [.. _depths], [.. _rejected],
        [.. _sent], [.. _sentRoots], [.. _sentDepths], [.. _socialProof], [.. _prescriptions], [.. _negative], [.. _suppressed], [.. _flags],
        [.. _mailTargets], [.. _mailReplicates], [.. _mailKinds], _events?.Build());
}
