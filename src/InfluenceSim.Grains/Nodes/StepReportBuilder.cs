using InfluenceSim.Abstractions.Messages;
using InfluenceSim.Models.Agents;
using InfluenceSim.Models.Market;

namespace InfluenceSim.Grains.Nodes;

/// <summary>Writes a node grain's adoptions, rejections, sendings and received events of one step into a lent <see cref="StepReport"/>; <see cref="Build"/> hands the report over.</summary>
internal sealed class StepReportBuilder(bool recordEvents) : IStepSink
{
    private readonly ReceivedEventsBuilder? _events = recordEvents ? new ReceivedEventsBuilder() : null;
    private StepReport? _report;

    /// <summary>Starts writing into <paramref name="report"/>, empty, and forgets whatever a failed turn left.</summary>
    public void Begin(StepReport report)
    {
        _report = report;
        _events?.Clear();
    }

    public void Adopted(int replicate, AdoptionCause cause, int credit, int root, int depth) => Report.Add(new NodeAdoption(replicate, (int)cause, credit, root, depth));

    public void Rejected(int replicate) => Report.Reject(replicate);

    public void Sent(int node, int replicate, Outbox outbox)
    {
        var mail = outbox.Mail;
        var letters = Report.Add(new NodeSending(replicate, outbox.Root, outbox.Depth, outbox.SocialProof, outbox.Prescriptions, outbox.Negative, outbox.Suppressed, SendingFlags.Of(outbox), mail.Count));
        for (int i = 0; i < letters.Length; i++)
        {
            letters[i] = new Addressed(mail[i].Target, mail[i].Kind);
        }
    }

    public void Received(int node, int replicate, ReadOnlySpan<Letter> letters, Verdict verdict, int creditedLetter, bool averse) =>
        _events?.Add(replicate, letters, verdict, creditedLetter, averse);

    /// <summary>The report, its received events attached; the builder writes into nothing until the next <see cref="Begin"/>.</summary>
    public StepReport Build()
    {
        var report = Report;
        report.Events = _events?.Build();
        _report = null;
        return report;
    }

    private StepReport Report => _report ?? throw new InvalidOperationException("a step report is written only between Begin and Build");
}
