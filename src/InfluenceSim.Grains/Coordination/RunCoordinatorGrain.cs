using InfluenceSim.Abstractions.Grains;
using InfluenceSim.Abstractions.Messages;

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
    private int _nextStep;

    public Task Begin(RunPlan plan)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(plan.Replicates, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(plan.Concurrency, 1);
        _plan = plan;
        _ledgers = [.. Enumerable.Range(0, plan.Replicates).Select(_ => new ReplicateLedger())];
        _mail = new PendingMail();
        _conversions = [];
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
            if (_ledgers[batch.Replicates[i]].Active)
            {
                _mail.Add(batch.Targets[i], -1, batch.Replicates[i], -1, 0);
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

        long adopted = 0;
        foreach (var ledger in active)
        {
            adopted += ledger.CurrentNewAdopters;
            ledger.EndStep(step, plan.MaxSteps);
        }

        int stillActive = _ledgers.Count(l => l.Active);
        return new RoundReport(step, adopted, delivered, visited, stillActive, stillActive == 0);
    }

    public Task<RunOutcome> Outcome()
    {
        var replicates = _ledgers.Select((l, r) => new ReplicateOutcome(
            r,
            l.NewAdopters,
            l.Exposures,
            [.. l.Cascades.Select(c => c.Key)],
            [.. l.Cascades.Select(c => c.Value.Size)],
            [.. l.Cascades.Select(c => c.Value.Depth)])).ToArray();
        var prescribers = _conversions.Keys.Order().ToArray();
        return Task.FromResult(new RunOutcome(replicates, prescribers, [.. prescribers.Select(p => _conversions[p])]));
    }

    public Task Release()
    {
        _plan = null;
        _ledgers = [];
        _mail = new PendingMail();
        _conversions = [];
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
                : await node.Receive(new StepMail(step, delivery.Replicates, delivery.Senders, delivery.Roots, delivery.Depths));
            Record(delivery.Target, report, next);
        }
        finally
        {
            window.Release();
        }
    }

    /// <summary>
    /// Counts a node's adoptions and prescriptions and queues its mail and revisits; the report lists
    /// each prescription's mail right after it, so one pass pairs every mail entry with the root and
    /// depth of the prescriber's adoption.
    /// </summary>
    private void Record(int node, StepReport report, PendingMail next)
    {
        for (int i = 0; i < report.AdoptedReplicates.Length; i++)
        {
            _ledgers[report.AdoptedReplicates[i]].CountAdoption(report.Roots[i], report.Depths[i]);
            if (report.Credits[i] >= 0)
            {
                _conversions[report.Credits[i]] = _conversions.GetValueOrDefault(report.Credits[i]) + 1;
            }
        }

        foreach (int replicate in report.PrescribedReplicates)
        {
            _ledgers[replicate].CountPrescription(report.OutDegree);
        }

        int prescription = 0;
        for (int i = 0; i < report.MailTargets.Length; i++)
        {
            while (report.PrescribedReplicates[prescription] != report.MailReplicates[i])
            {
                prescription++;
            }

            next.Add(report.MailTargets[i], node, report.MailReplicates[i], report.PrescribedRoots[prescription], report.PrescribedDepths[prescription]);
        }

        foreach (int replicate in report.Revisits)
        {
            next.Add(node, -1, replicate, -1, 0);
        }
    }
}
