using InfluenceSim.Abstractions.Messages;
using InfluenceSim.Models.Agents;
using InfluenceSim.Models.Market;

namespace InfluenceSim.Grains.Nodes;

/// <summary>Accumulates a node grain's adoptions, rejections, sendings and received events for one step; <see cref="Build"/> copies them out and empties it for the next.</summary>
internal sealed class StepReportBuilder(bool recordEvents) : IStepSink
{
    private readonly List<NodeAdoption> _adoptions = [];
    private readonly List<int> _rejections = [];
    private readonly List<NodeSending> _sendings = [];
    private readonly ReceivedEventsBuilder? _events = recordEvents ? new ReceivedEventsBuilder() : null;

    public void Adopted(int replicate, AdoptionCause cause, int credit, int root, int depth) => _adoptions.Add(new NodeAdoption(replicate, (int)cause, credit, root, depth));

    public void Rejected(int replicate) => _rejections.Add(replicate);

    public void Sent(int node, int replicate, Outbox outbox)
    {
        var mail = outbox.Mail;
        var letters = new Addressed[mail.Count];
        for (int i = 0; i < letters.Length; i++)
        {
            letters[i] = new Addressed(mail[i].Target, mail[i].Kind);
        }

        _sendings.Add(new NodeSending(replicate, outbox.Root, outbox.Depth, outbox.SocialProof, outbox.Prescriptions, outbox.Negative, outbox.Suppressed, SendingFlags.Of(outbox), letters));
    }

    public void Received(int node, int replicate, ReadOnlySpan<Letter> letters, Verdict verdict, int creditedLetter, bool averse) =>
        _events?.Add(replicate, letters, verdict, creditedLetter, averse);

    public StepReport Build()
    {
        var report = new StepReport([.. _adoptions], [.. _rejections], [.. _sendings], _events?.Build());
        Clear();
        return report;
    }

    /// <summary>Forgets whatever was added since the last <see cref="Build"/> (a turn that failed half way).</summary>
    public void Clear()
    {
        _adoptions.Clear();
        _rejections.Clear();
        _sendings.Clear();
        _events?.Clear();
    }
}
