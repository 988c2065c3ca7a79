using InfluenceSim.Abstractions.Grains;
using InfluenceSim.Abstractions.Messages;
using InfluenceSim.Models.Agents;

namespace InfluenceSim.Grains.Coordination;

/// <summary>
/// The bulk-synchronous round engine of one run. Each <see cref="Advance"/> is one step of every
/// replicate still going: the pending mail is grouped per node and delivered with a bounded number
/// of calls in flight, and the step ends (the barrier) when every node has answered. Only nodes
/// with mail are touched. Counts are integers, so the order in which answers arrive never matters.
/// </summary>
[CollectionAgeLimit(AlwaysActive = true)]
public sealed class RunCoordinatorGrain : Grain, IRunCoordinatorGrain
{
    private RunPlan? _plan;
    private ReplicateLedger[] _ledgers = [];
    private PendingMail _mail = new();
    private Dictionary<int, long> _conversions = [];
    private EventStream? _events;
    private int _nextStep;

    public Task Begin(RunPlan plan)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(plan.Replicates, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(plan.Concurrency, 1);
        _plan = plan;
        _ledgers = [.. Enumerable.Range(0, plan.Replicates).Select(_ => new ReplicateLedger())];
        _mail = new PendingMail();
        _conversions = [];
        _events = plan.EventsCap > 0 ? new EventStream(plan.EventsCap) : null;
        _nextStep = 0;
        return Task.CompletedTask;
    }

    public Task Post(MailBatch batch)
    {
        if (batch.Step != _nextStep)
        {
            throw new InvalidOperationException($"orders for step {batch.Step} posted while step {_nextStep} is next");
        }

        for (int i = 0; i < batch.Targets.Length; i++)
        {
            var ledger = _ledgers[batch.Replicates[i]];
            if (!ledger.Active)
            {
                continue;
            }

            int kind = batch.Kinds[i];
            _mail.Add(batch.Targets[i], batch.Senders[i], batch.Replicates[i], -1, 0, kind);
            if (kind is LetterKind.PositiveBroadcast or LetterKind.NegativeBroadcast)
            {
                ledger.CountBroadcast(kind == LetterKind.NegativeBroadcast);
            }
        }

        return Task.CompletedTask;
    }

    public async Task<RoundReport> Advance()
    {
        var plan = _plan ?? throw new InvalidOperationException("the run has not begun");
        int step = _nextStep++;
        var active = _ledgers.Where(l => l.Active).ToArray();
        if (active.Length == 0)
        {
            throw new InvalidOperationException("every replicate has ended");
        }

        long delivered = 0;
        foreach (var ledger in active)
        {
            delivered += ledger.PendingExposures;
            ledger.BeginStep();
        }

        var deliveries = _mail.Drain();
        var next = new PendingMail();
        int visited = await DeliverAsync(plan, step, deliveries, next);
        _mail = next;

        _events?.EndStep();
        long adopted = 0;
        foreach (var ledger in active)
        {
            adopted += ledger.CurrentNewAdopters;
            ledger.EndStep(step, plan.MaxSteps, plan.LastCampaignStep, plan.Nodes);
        }

        int[] running = [.. Enumerable.Range(0, _ledgers.Length).Where(r => _ledgers[r].Active)];
        int[] relayed = [.. running.Where(r => _ledgers[r].RelayedPosts > 0)];
        return new RoundReport(step, adopted, delivered, visited, running.Length, running.Length == 0, running, relayed, [.. relayed.Select(r => _ledgers[r].RelayedPosts)]);
    }

    public Task<RunOutcome> Outcome()
    {
        var replicates = _ledgers.Select((l, r) => new ReplicateOutcome(
            r,
            l.Tallies,
            l.MaxDepth,
            [.. l.Cascades.Select(c => c.Key)],
            [.. l.Cascades.Select(c => c.Value.Size)],
            [.. l.Cascades.Select(c => c.Value.Depth)])).ToArray();
        var prescribers = _conversions.Keys.Order().ToArray();
        return Task.FromResult(new RunOutcome(replicates, prescribers, [.. prescribers.Select(p => _conversions[p])], _events?.Delivered ?? 0, _events?.Kept ?? 0));
    }

    public Task<EventPage> Events(int skip, int take) =>
        Task.FromResult((_events ?? throw new InvalidOperationException("the run records no events")).Page(skip, take));

    public Task Release()
    {
        _plan = null;
        _ledgers = [];
        _mail = new PendingMail();
        _conversions = [];
        _events = null;
        DeactivateOnIdle();
        return Task.CompletedTask;
    }

    private async Task<int> DeliverAsync(RunPlan plan, int step, IEnumerable<NodeDelivery> deliveries, PendingMail next)
    {
        using var window = new SemaphoreSlim(plan.Concurrency);
        var calls = new List<Task>();
        foreach (var delivery in deliveries)
        {
            await window.WaitAsync();
            calls.Add(DeliverOneAsync(plan.RunId, step, delivery, next, window));
        }

        await Task.WhenAll(calls);
        return calls.Count;
    }

    private async Task DeliverOneAsync(string runId, int step, NodeDelivery delivery, PendingMail next, SemaphoreSlim window)
    {
        try
        {
            var node = GrainFactory.GetGrain<INodeGrain>(delivery.Target, runId);
            var report = step == 0
                ? await node.AdoptAsSeed(new SeedOrder(delivery.Replicates))
                : await node.Receive(new StepMail(step, delivery.Replicates, delivery.Senders, delivery.Roots, delivery.Depths, delivery.Kinds));
            Record(delivery.Target, step, report, next);
        }
        finally
        {
            window.Release();
        }
    }

    /// <summary>
    /// Counts a node's adoptions, rejections and sendings and queues its mail and revisits; the
    /// report lists each sending's mail right after it, so one pass pairs every mail entry with the
    /// root and depth of the sender's adoption.
    /// </summary>
    private void Record(int node, int step, StepReport report, PendingMail next)
    {
        for (int i = 0; i < report.AdoptedReplicates.Length; i++)
        {
            _ledgers[report.AdoptedReplicates[i]].CountAdoption(report.Causes[i], report.Roots[i], report.Depths[i]);
            if (report.Credits[i] >= 0)
            {
                _conversions[report.Credits[i]] = _conversions.GetValueOrDefault(report.Credits[i]) + 1;
            }
        }

        foreach (int replicate in report.RejectedReplicates)
        {
            _ledgers[replicate].CountRejection();
        }

        for (int i = 0; i < report.SentReplicates.Length; i++)
        {
            int replicate = report.SentReplicates[i];
            _ledgers[replicate].CountSending(report.SocialProof[i], report.Prescriptions[i], report.Negative[i], report.Suppressed[i], report.Flags[i]);
            if ((report.Flags[i] & StepReport.RevisitFlag) != 0)
            {
                next.Add(node, -1, replicate, -1, 0, LetterKind.Visit);
            }
        }

        int sending = 0;
        for (int i = 0; i < report.MailTargets.Length; i++)
        {
            while (report.SentReplicates[sending] != report.MailReplicates[i])
            {
                sending++;
            }

            next.Add(report.MailTargets[i], node, report.MailReplicates[i], report.SentRoots[sending], report.SentDepths[sending], report.MailKinds[i]);
        }

        if (report.Events is { } events)
        {
            _events?.Add(step, node, events);
        }
    }
}
