using System.Text;
using InfluenceSim.Abstractions.Grains;
using InfluenceSim.Abstractions.Messages;
using InfluenceSim.Abstractions.Partitioning;
using InfluenceSim.Grains.Partitions;
using InfluenceSim.Models.Agents;
using InfluenceSim.Models.Catalogue;
using InfluenceSim.Models.Distributions;
using InfluenceSim.Models.Market;

namespace InfluenceSim.Grains.Tests.Partitions;

/// <summary>
/// A <c>blocks</c> partition's step run on four workers over many small chunks (<see cref="StepWorkers"/>)
/// gives, step by step, exactly what one loop gives: the counts, the event rows kept under the cap, the
/// ledger's depths, cascades and credits, and every node's record. Two partitions of a random network
/// exchange their mail; the models are those that keep in-tie bits (linear threshold, Bass), count
/// adopted in-ties (complex contagion) or lower acceptance (independent cascade), with half the adopters
/// dissatisfied (negative prescriptions, so thresholds rise, acceptances fall and nodes reject).
/// Each worker run is repeated, so a lost write between workers would show in one of them.
/// </summary>
public sealed class StepWorkersTests
{
    private const int Nodes = 1_200;
    private const int Replicates = 6;
    private const int Steps = 14;
    private static readonly PartitionMap Map = new(Nodes, 2);

    public static TheoryData<string> Models => [ModelCatalogue.LinearThreshold, ModelCatalogue.ComplexContagion, ModelCatalogue.Bass, ModelCatalogue.IndependentCascade];

    [Theory]
    [MemberData(nameof(Models))]
    public async Task Four_workers_on_small_chunks_give_what_one_loop_gives(string model)
    {
        var oneLoop = await RunAsync(model, new StepWorkers(1, ChunkLetters: 1, InlineLetters: 0));

        for (int run = 0; run < 5; run++)
        {
            Assert.Equal(oneLoop.Text, (await RunAsync(model, new StepWorkers(4, ChunkLetters: 3, InlineLetters: 0))).Text);
        }

        Assert.True(oneLoop.Adopted > Nodes, $"{oneLoop.Adopted} adoptions");
        Assert.True(oneLoop.EventsDelivered > oneLoop.EventsKept, $"{oneLoop.EventsDelivered} events");
        if (model != ModelCatalogue.ComplexContagion)
        {
            Assert.True(oneLoop.Dissatisfied > 0 && oneLoop.Rejected > 0, $"{oneLoop.Dissatisfied} dissatisfied, {oneLoop.Rejected} rejected");
        }
    }

    [Fact]
    public void A_step_with_few_letters_runs_on_the_partitions_turn_alone()
    {
        var workers = new StepWorkers(2, ChunkLetters: 100, InlineLetters: 1_000);

        Assert.Equal(1, workers.Chunks(999));
        Assert.Equal(10, workers.Chunks(1_000));
        Assert.Equal(StepWorkers.ChunksPerWorker * 2, workers.Chunks(1_000_000));
        Assert.Equal(1, new StepWorkers(1, 1, 0).Chunks(1_000_000));
    }

    /// <summary>Runs both partitions <see cref="Steps"/> steps and writes down everything the run's files are made of.</summary>
    private static async Task<Run> RunAsync(string model, StepWorkers workers)
    {
        var network = Network();
        var text = new StringBuilder();
        var run = new Run();
        var partitions = new Partition[Map.Partitions];
        for (int p = 0; p < partitions.Length; p++)
        {
            partitions[p] = await Partition.JoinedAsync(p, Settings(model), network, workers);
        }

        for (int replicate = 0; replicate < Replicates; replicate++)
        {
            for (int seed = 0; seed < 20; seed++)
            {
                int node = ((replicate * 389) + (seed * 53)) % Nodes;
                partitions[Map.Owner(node)].Mail[0].Add(MailEntry.Order(node, replicate, -1, LetterKind.Visit));
            }
        }

        for (int step = 0; step < Steps; step++)
        {
            foreach (var partition in partitions)
            {
                var rows = await partition.StepAsync(step, partitions);
                text.Append($"step {step} partition {partition.Number}: ").AppendJoin("; ", rows.Select(r => $"{r.Replicate} [{string.Join(",", r.Counts)}] {r.RelayedPosts} {r.PendingWork}")).AppendLine();
            }
        }

        foreach (var partition in partitions)
        {
            await partition.DescribeAsync(text, run);
        }

        run.Text = text.ToString();
        return run;
    }

    private static NodeSetup Settings(string model)
    {
        var parameters = new Dictionary<string, Distribution>
        {
            ["aversion"] = Distribution.Constant(1),
        };
        switch (model)
        {
            case ModelCatalogue.LinearThreshold:
                parameters["threshold"] = Distribution.Constant(0.15);
                parameters["aversion"] = Distribution.Constant(0.5);
                break;
            case ModelCatalogue.ComplexContagion:
                parameters["threshold-count"] = Distribution.Constant(1);
                parameters.Remove("aversion");
                break;
            case ModelCatalogue.Bass:
                parameters["innovation"] = Distribution.Constant(0.01);
                parameters["imitation"] = Distribution.Constant(0.9);
                break;
            default:
                parameters["probability"] = Distribution.Constant(0.4);
                break;
        }

        return new NodeSetup(new ModelSettings(model, parameters), Seed: 11, Replicates)
        {
            RecordNode = true,
            RecordEvents = true,
            Population = new PopulationSettings(new Dictionary<Trait, Distribution> { [Trait.Satisfaction] = Distribution.Constant(0.5) }, []),
        };
    }

    /// <summary>A random network: each node ties to six others, each tie a node's out-tie and its target's in-tie, both lists ascending.</summary>
    private static NodeJoin[] Network()
    {
        var random = new Random(5);
        var outs = new SortedSet<int>[Nodes];
        var ins = new SortedSet<int>[Nodes];
        for (int node = 0; node < Nodes; node++)
        {
            (outs[node], ins[node]) = ([], []);
        }

        for (int node = 0; node < Nodes; node++)
        {
            while (outs[node].Count < 6)
            {
                int target = random.Next(Nodes);
                if (target != node && outs[node].Add(target))
                {
                    ins[target].Add(node);
                }
            }
        }

        return [.. Enumerable.Range(0, Nodes).Select(n => new NodeJoin(n, [.. outs[n]], null, [.. ins[n]], null, null, -1))];
    }

    /// <summary>What a run wrote down, and how much of what the workers must not lose it held.</summary>
    private sealed class Run
    {
        public string Text { get; set; } = "";

        public long EventsDelivered { get; set; }

        public long EventsKept { get; set; }

        public int Adopted { get; set; }

        public int Rejected { get; set; }

        public int Dissatisfied { get; set; }
    }

    /// <summary>One partition driven as its grain drives it: its hosting, buffers, ledger, events and outgoing mail.</summary>
    private sealed class Partition(int number, BlockHosting hosting, PartitionPlan plan) : IPartitionGrain
    {
        private readonly PartitionLedger _ledger = new(Replicates, Nodes);
        private readonly EventStream _events = new(plan.EventsCap);
        private readonly OutgoingMail _outgoing = new(Map, number, new MailShelf());

        public int Number => number;

        public MailBuffer[] Mail { get; } = [new MailBuffer(new MailShelf()), new MailBuffer(new MailShelf())];

        public static async Task<Partition> JoinedAsync(int number, NodeSetup setup, NodeJoin[] network, StepWorkers workers)
        {
            var plan = new PartitionPlan("workers", number, Map, Replicates, Concurrency: 1, EventsCap: 1_500, setup, Blocks: true, ReplicateBatch: 4);
            var hosting = new BlockHosting(plan, new PartitionRows(Map.First(number), Map.Count(number)), new LaneShelf(), new MailShelf(), workers);
            await hosting.JoinAsync(new NetworkSlice([.. network.Skip(Map.First(number)).Take(Map.Count(number))]));
            return new Partition(number, hosting, plan);
        }

        public async Task<ReplicateStep[]> StepAsync(int step, Partition[] peers)
        {
            var tallies = new StepTallies(Replicates);
            await hosting.DeliverAsync(step, Mail[step & 1], new StepRouter(Map, number, step, tallies, _ledger, _events, Mail[(step + 1) & 1], _outgoing));
            _events.EndStep();
            await _outgoing.SendAsync(p => peers[p], step + 1);
            return tallies.Rows();
        }

        public async Task DescribeAsync(StringBuilder text, Run run)
        {
            var outcome = _ledger.Outcome(_events.Delivered, _events.Kept);
            run.EventsDelivered += outcome.EventsDelivered;
            run.EventsKept += outcome.EventsKept;
            text.AppendLine($"partition {number}: depths {string.Join(",", outcome.MaxDepths)}; cascades {string.Join(",", outcome.Cascades)}; "
                + $"credits {string.Join(",", outcome.Prescribers.Zip(outcome.Conversions))}; events {outcome.EventsDelivered} delivered, {outcome.EventsKept} kept");
            var page = _events.Page(0, _events.Kept);
            for (int i = 0; i < page.Steps.Length; i++)
            {
                text.Append($"{page.Steps[i]}/{page.Replicates[i]}/{page.Receivers[i]}/{page.Kinds[i]}/{page.Senders[i]}/{page.Outcomes[i]} ");
            }

            text.AppendLine();
            foreach (var records in await hosting.RecordsAsync(Enumerable.Repeat(Steps - 1, Replicates).ToArray(), Map.First(number), Map.Count(number)))
            {
                text.AppendLine(Describe(records));
                run.Adopted += records.AdoptedAt.Count(at => at >= 0);
                run.Rejected += records.RejectedAt.Count(at => at >= 0);
                run.Dissatisfied += records.Dissatisfied.Count(d => d);
            }
        }

        public Task Deliver(MailBatch batch)
        {
            Mail[batch.Step & 1].AddBatch(batch.Entries);
            return Task.CompletedTask;
        }

        public Task<string> Begin(PartitionPlan plan) => throw new NotSupportedException();

        public Task<bool> HoldsSlice() => throw new NotSupportedException();

        public Task Join(NetworkSlice slice) => throw new NotSupportedException();

        public Task<PartitionStep> Advance(int step) => throw new NotSupportedException();

        public Task<PartitionOutcome> Outcome() => throw new NotSupportedException();

        public Task<EventPage> Events(int skip, int take) => throw new NotSupportedException();

        public Task<NodeRecords[]> Records(int[] lastSteps, int skip, int take) => throw new NotSupportedException();

        public Task Release() => throw new NotSupportedException();

        private static string Describe(NodeRecords r) =>
            string.Join(" | ", new object[] { r.AdoptedAt, r.Causes, r.Credits, r.Roots, r.Depths, r.RejectedAt, r.Dissatisfied, r.ReceivedSocialProof, r.ReceivedPrescriptions, r.ReceivedNegative, r.ReceivedBroadcasts, r.PrescriptionsSent, r.PrescriptionsLanded }
                .Select(values => string.Join(",", ((System.Collections.IEnumerable)values).Cast<object>())));
    }
}
