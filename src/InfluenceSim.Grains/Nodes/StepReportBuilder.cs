using InfluenceSim.Abstractions.Messages;
using InfluenceSim.Models.Agents;

namespace InfluenceSim.Grains.Nodes;

/// <summary>Accumulates a node's adoptions, rejections, sendings and received events for one step; <see cref="Build"/> copies them out.</summary>
internal sealed class StepReportBuilder(bool recordEvents)
{
    private readonly List<NodeAdoption> _adoptions = [];
    private readonly List<int> _rejections = [];
    private readonly List<NodeSending> _sendings = [];
    private readonly ReceivedEventsBuilder? _events = recordEvents ? new ReceivedEventsBuilder() : null;

    /// <summary>The received-events recorder, or null when the run records none.</summary>
    public ReceivedEventsBuilder? Events => _events;

    public void AddAdoption(int replicate, int cause, int credit, int root, int depth) => _adoptions.Add(new NodeAdoption(replicate, cause, credit, root, depth));

    public void AddRejection(int replicate) => _rejections.Add(replicate);

    /// <summary>Records what the node sends in <paramref name="replicate"/>, unless it sends nothing.</summary>
    public void AddSending(int replicate, int root, int depth, Outbox outbox)
    {
        if (outbox.IsEmpty)
        {
            return;
        }

        int flags = (outbox.Prescriber ? StepReport.PrescriberFlag : 0) | (outbox.Relayed ? StepReport.RelayedFlag : 0) | (outbox.Revisit ? StepReport.RevisitFlag : 0);
        var mail = outbox.Mail;
        var letters = new Addressed[mail.Count];
        for (int i = 0; i < letters.Length; i++)
        {
            letters[i] = new Addressed(mail[i].Target, mail[i].Kind);
        }

        _sendings.Add(new NodeSending(replicate, root, depth, outbox.SocialProof, outbox.Prescriptions, outbox.Negative, outbox.Suppressed, flags, letters));
    }

    /// <summary>Forgets everything added, keeping the lists' room, so one builder serves a node's (or a block's) every step.</summary>
    public void Clear()
    {
        _adoptions.Clear();
        _rejections.Clear();
        _sendings.Clear();
        _events?.Clear();
    }

    public StepReport Build() => new([.. _adoptions], [.. _rejections], [.. _sendings], _events?.Build());
}
