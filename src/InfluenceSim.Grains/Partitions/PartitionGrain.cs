using InfluenceSim.Abstractions.Grains;
using InfluenceSim.Abstractions.Messages;
using InfluenceSim.Grains.Placement;

namespace InfluenceSim.Grains.Partitions;

/// <summary>
/// One partition of a run (docs/architecture.md "A step"). Its mail is kept in two buffers, one for
/// the step it runs next and one for the step after, so a peer's batch for step t + 1 can arrive
/// (interleaved) while it still runs step t. Counts are integers, so the order in which node
/// answers or peer batches arrive never matters.
/// </summary>
[CollectionAgeLimit(AlwaysActive = true)]
[PartitionPlacement]
public sealed class PartitionGrain(SiloNetworks networks, LocalNodeGrains nodeAddresses) : Grain, IPartitionGrain
{
    private MailBuffer[] _mail = [];
    private PartitionPlan? _plan;
    private IPartitionNodes? _nodes;
    private PartitionLedger? _ledger;
    private EventStream? _events;
    private OutgoingMail? _outgoing;
    private int _nextStep;

    public Task<string> Begin(PartitionPlan plan)
    {
        if (_plan?.RunId == plan.RunId)
        {
            return Task.FromResult(RuntimeIdentity);
        }

        _plan = plan;
        var shelf = networks.Mail(NetworkId(plan));
        _nodes = plan.Blocks
            ? new BlockHosting(plan, networks.For(NetworkId(plan), plan.Map.First(plan.Partition), plan.Map.Count(plan.Partition)), networks.Lanes(NetworkId(plan)), shelf)
            : new NodeGrainHosting(GrainFactory, plan, networks, nodeAddresses);
        _ledger = new PartitionLedger(plan.Replicates, plan.Map.Nodes);
        _events = plan.EventsCap > 0 ? new EventStream(plan.EventsCap) : null;
        _outgoing = new OutgoingMail(plan.Map, plan.Partition, shelf);
        _mail = [new MailBuffer(shelf), new MailBuffer(shelf)];
        _nextStep = 0;
        return Task.FromResult(RuntimeIdentity);
    }

    public Task<bool> HoldsSlice() => Task.FromResult(Nodes is BlockHosting { HoldsSlice: true });

    public Task Join(NetworkSlice slice) => Nodes.JoinAsync(slice);

    public Task Deliver(MailBatch batch)
    {
        if (batch.Step != _nextStep && batch.Step != _nextStep + 1)
        {
            throw new InvalidOperationException($"mail for step {batch.Step} delivered while step {_nextStep} is next");
        }

        Mail[batch.Step & 1].AddBatch(batch.Entries); // kept as it is: the sender never writes to a sent chunk again (OutgoingMail)
        return Task.CompletedTask;
    }

    public async Task<PartitionStep> Advance(int step)
    {
        var plan = Plan;
        if (step != _nextStep)
        {
            throw new InvalidOperationException($"step {step} asked for while step {_nextStep} is next");
        }

        var next = Mail[(step + 1) & 1];
        var tallies = new StepTallies(plan.Replicates);
        var outgoing = _outgoing!;
        int visited = await Nodes.DeliverAsync(step, Mail[step & 1], new StepRouter(plan.Map, plan.Partition, step, tallies, _ledger!, _events, next, outgoing));
        _events?.EndStep();
        _nextStep = step + 1;
        await outgoing.SendAsync(p => GrainFactory.GetGrain<IPartitionGrain>(p, plan.RunId), step + 1);
        return new PartitionStep(visited, tallies.Rows());
    }

    public Task<PartitionOutcome> Outcome() =>
        Task.FromResult((_ledger ?? throw new InvalidOperationException("the run has not begun")).Outcome(_events?.Delivered ?? 0, _events?.Kept ?? 0));

    public Task<EventPage> Events(int skip, int take) =>
        Task.FromResult((_events ?? throw new InvalidOperationException("the run records no events")).Page(skip, take));

    public Task<NodeRecords[]> Records(int[] lastSteps, int skip, int take) =>
        Nodes.RecordsAsync(lastSteps, Plan.Map.First(Plan.Partition) + skip, take);

    public async Task Release()
    {
        if (_nodes is not null)
        {
            await _nodes.ReleaseAsync();
        }

        if (_plan is { NetworkId: null } plan)
        {
            networks.Forget(plan.RunId);
        }

        _plan = null;
        _nodes = null;
        _ledger = null;
        _events = null;
        _outgoing = null;
        foreach (var buffer in _mail)
        {
            buffer.Release();
        }

        _mail = [];
        DeactivateOnIdle();
    }

    /// <summary>The key of the partition's slice in the silo's networks: the run's, or the attempt's own.</summary>
    private static string NetworkId(PartitionPlan plan) => plan.NetworkId ?? plan.RunId;

    private PartitionPlan Plan => _plan ?? throw new InvalidOperationException("the run has not begun");

    /// <summary>The buffers of the step to run next and of the one after, by the step's parity.</summary>
    private MailBuffer[] Mail => _mail.Length == 2 ? _mail : throw new InvalidOperationException("the run has not begun");

    private IPartitionNodes Nodes => _nodes ?? throw new InvalidOperationException("the run has not begun");
}
