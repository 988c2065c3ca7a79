using System.Diagnostics;
using InfluenceSim.Abstractions.Grains;
using InfluenceSim.Abstractions.Messages;
using InfluenceSim.Abstractions.Partitioning;
using InfluenceSim.Engine.Telemetry;
using InfluenceSim.Models.Agents;
using InfluenceSim.RunFolders.Results;
using InfluenceSim.Scenarios;

namespace InfluenceSim.Engine.Running;

/// <summary>
/// Runs a scenario on a cluster through grain interfaces only (docs/architecture.md): the run's
/// nodes are split into partitions spread over the live silos; each partition activates its node
/// grains (one per node, every replicate a lane) and the runner tells all partitions to advance,
/// step by step, summing their integer counts and posting its own orders straight to the owners.
/// </summary>
public sealed class SimulationRunner(IGrainFactory grains, InfluenceSimTelemetry telemetry)
{
    /// <summary>How many replicates one block of state arrays carries under <c>blocks</c> (the last batch may hold fewer).</summary>
    public const int BlockReplicateBatch = 64;

    private const int OrdersPerBatch = 65_536;

    /// <summary>
    /// Runs every replicate and returns their counts; cancelling stops between rounds. The replicates run in batches
    /// (<see cref="RunRequest.Batches"/>), one after the other; each finished batch is saved to <paramref name="checkpoints"/>
    /// (when the run has more than one) and a batch found there is not run again. When a silo is lost mid-batch (Orleans'
    /// membership declares it dead), that batch's attempt is abandoned with everything it produced and the batch is redone
    /// from step 0 under fresh grain keys on the surviving silos: determinism makes the result the same (docs/cluster.md
    /// "When a silo dies"). When no silo is left, <see cref="SilosLostException"/> leaves the finished batches saved.
    /// Under <c>blocks</c> the batches share the run's network on the silos: a partition's slice is sent once, to the
    /// silo that hosts it, and forgotten on every live silo when the run ends (there is none to tell when every silo was lost).
    /// </summary>
    public async Task<RunResult> RunAsync(RunRequest request, IProgress<RunProgress>? progress = null, CancellationToken cancellationToken = default, IBatchCheckpoints? checkpoints = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        var batches = request.Batches();
        var kept = batches.Count > 1 ? checkpoints : null;
        double[]? probabilities = RunPartitions.OutProbabilities(request);
        string? networkId = request.Hosting == EngineHosting.Blocks ? Guid.NewGuid().ToString("N") : null;
        var results = new List<RunResult>(batches.Count);
        try
        {
            foreach (var batch in batches)
            {
                var result = kept?.Load(batch);
                if (result is null)
                {
                    result = await RunBatchAsync(request with { Replicates = batch.Count, FirstReplicate = batch.First }, probabilities, new(batch.Index, networkId), progress, cancellationToken);
                    kept?.Save(batch, result);
                }

                results.Add(result);
            }
        }
        catch (Exception e) when (networkId is not null && e is not SilosLostException)
        {
            await ForgetNetworkAsync(networkId);
            throw;
        }

        if (networkId is not null)
        {
            await ForgetNetworkAsync(networkId);
        }

        return BatchResults.Merge(results, request);
    }

    /// <summary>
    /// Every live silo forgets the run's network. A silo that cannot be reached is passed over: what it held goes
    /// with it, and the run's own outcome (or its failure, such as <see cref="SilosLostException"/>) is what the caller hears.
    /// </summary>
    private async Task ForgetNetworkAsync(string networkId)
    {
        try
        {
            var hosts = await grains.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true);
            await Task.WhenAll(hosts.Keys.Select(silo => grains.GetGrain<ISiloNetworkGrain>(silo.ToParsableString()).Forget(networkId)));
        }
        catch (Exception e) when (e is OrleansException or TimeoutException or InvalidOperationException)
        {
            // An unreachable silo has nothing left to forget.
        }
    }

    /// <summary>Runs one replicate batch (the request's replicates are the batch's), attempt after attempt until one is not cut short by a lost silo.</summary>
    private async Task<RunResult> RunBatchAsync(RunRequest request, double[]? probabilities, BatchKey batch, IProgress<RunProgress>? progress, CancellationToken cancellationToken)
    {
        var lostEarlier = new List<SiloAddress>();
        while (true)
        {
            var silos = await SiloLoss.ActiveAsync(grains);
            using var watching = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var watch = SiloLoss.WatchAsync(grains, silos, lostEarlier, watching.Token);
            var attempt = AttemptAsync(request, probabilities, batch, progress, cancellationToken);
            IReadOnlyList<SiloAddress> lost;
            if (await Task.WhenAny(attempt, watch) == attempt)
            {
                if (attempt.IsCompletedSuccessfully || attempt.IsCanceled)
                {
                    await watching.CancelAsync();
                    await Task.WhenAny(watch);
                    return await attempt;
                }

                lost = await LostAfterFailureAsync(watch, attempt);
            }
            else
            {
                lost = await watch;
                _ = attempt.ContinueWith(abandoned => abandoned.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
            }

            lostEarlier.AddRange(lost);
            progress?.Report(new RunProgress($"redo replicate batch {batch.Index} from step 0 without the lost silo(s) {SiloLoss.Names(lost)}", -1, 0, 0, request.Replicates, TimeSpan.Zero, 0) { Replicates = request.Replicates });
        }
    }

    /// <summary>After a failed attempt, the silos membership declares lost within <see cref="SiloLoss.Wait"/>; the attempt's own failure when none is.</summary>
    private static async Task<IReadOnlyList<SiloAddress>> LostAfterFailureAsync(Task<IReadOnlyList<SiloAddress>> watch, Task<RunResult> failed)
    {
        try
        {
            return await watch.WaitAsync(SiloLoss.Wait);
        }
        catch (TimeoutException)
        {
            await failed;
            throw;
        }
    }

    private async Task<RunResult> AttemptAsync(RunRequest request, double[]? probabilities, BatchKey batch, IProgress<RunProgress>? progress, CancellationToken cancellationToken)
    {
        using var runActivity = InfluenceSimTelemetry.Source.StartActivity(InfluenceSimTelemetry.RunActivity);
        runActivity?.SetTag("influencesim.nodes", request.Network.NodeCount);
        runActivity?.SetTag("influencesim.replicates", request.Replicates);
        string runId = Guid.NewGuid().ToString("N");
        var clock = Stopwatch.StartNew();
        var model = AdoptionModel.Create(request.Model, request.Market);
        var hosts = await grains.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true);
        int count = PartitionCount.Choose(request.Partitions, hosts.Count, Environment.ProcessorCount, request.Network.NodeCount);
        var partitions = new RunPartitions(grains, runId, new PartitionMap(request.Network.NodeCount, count));
        var ledgers = Enumerable.Range(0, request.Replicates).Select(_ => new ReplicateLedger()).ToArray();
        try
        {
            await partitions.BeginAsync(p => Plan(request, runId, p, partitions.Map) with { Batch = batch.Index, NetworkId = batch.NetworkId });
            await partitions.JoinAsync(request, probabilities, model.NeedsInTies, bySilo => progress?.Report(Activation(request, bySilo, clock)), cancellationToken);
            double activation = clock.Elapsed.TotalSeconds;

            await PostSeedsAsync(partitions, ledgers, request);
            var propagation = Stopwatch.StartNew();
            await PropagateAsync(partitions, ledgers, request, model, clock, propagation, progress, cancellationToken);
            double propagationSeconds = propagation.Elapsed.TotalSeconds;
            var outcomes = await partitions.OutcomesAsync();
            var conversions = Merge(outcomes, ledgers);
            return new RunResult(request.Network.NodeCount, request.Network.TieCount, [.. ledgers.Select((l, r) => ReplicateResults.From(request.FirstReplicate + r, l))], new RunTimings(request.NetworkBuildSeconds, activation, propagationSeconds, 0))
            {
                Conversions = conversions,
                Events = request.Events.Enabled ? await partitions.EventsAsync(outcomes, request.Events.Cap, request.FirstReplicate) : [],
                NodeRecords = request.RecordNodes
                    ? NodeRecordReader.Rows(await partitions.RecordsAsync([.. ledgers.Select(l => l.Steps - 1)]), request.Replicates, request.FirstReplicate)
                    : [],
                EventsDelivered = outcomes.Sum(o => o.EventsDelivered),
                Partitions = count,
                ReplicateBatch = BlockBatchSize(request),
            };
        }
        finally
        {
            await partitions.ReleaseAsync();
        }
    }

    /// <summary>A replicate batch's number in the run and the key of the run's network on the silos (null: each attempt sends its own).</summary>
    private readonly record struct BatchKey(int Index, string? NetworkId);

    private static PartitionPlan Plan(RunRequest request, string runId, int partition, PartitionMap map) =>
        new(
            runId,
            partition,
            map,
            request.Replicates,
            request.Concurrency,
            request.Events.Enabled ? request.Events.Cap : 0,
            new NodeSetup(request.Model, request.Seed, request.Replicates)
            {
                Population = request.Market.Population,
                WordOfMouth = WordOfMouthSettings.From(request.Market),
                RecordEvents = request.Events.Enabled,
                RecordNode = request.RecordNodes,
                FirstReplicate = request.FirstReplicate,
            },
            request.Hosting == EngineHosting.Blocks,
            BlockBatchSize(request) ?? request.Replicates);

    /// <summary>The replicate batch of a <c>blocks</c> run, or null for node grains (which carry every replicate in one grain).</summary>
    private static int? BlockBatchSize(RunRequest request) =>
        request.Hosting == EngineHosting.Blocks ? Math.Min(BlockReplicateBatch, request.Replicates) : null;

    private static RunProgress Activation(RunRequest request, IReadOnlyDictionary<string, int> bySilo, Stopwatch clock) =>
        new("activation", -1, 0, 0, request.Replicates, clock.Elapsed, 0) { Joined = bySilo.Values.Sum(), JoinedBySilo = bySilo, Nodes = request.Network.NodeCount, Replicates = request.Replicates };

    /// <summary>Adds every partition's cascades and depths to the ledgers and sums the credited adoptions per prescriber.</summary>
    private static Dictionary<int, long> Merge(PartitionOutcome[] outcomes, ReplicateLedger[] ledgers)
    {
        var conversions = new Dictionary<int, long>();
        foreach (var outcome in outcomes)
        {
            for (int r = 0; r < ledgers.Length; r++)
            {
                ledgers[r].AddDepth(outcome.MaxDepths[r]);
            }

            foreach (var cascade in outcome.Cascades)
            {
                ledgers[cascade.Replicate].AddCascade(cascade.Root, cascade.Size, cascade.Depth);
            }

            for (int i = 0; i < outcome.Prescribers.Length; i++)
            {
                conversions[outcome.Prescribers[i]] = conversions.GetValueOrDefault(outcome.Prescribers[i]) + outcome.Conversions[i];
            }
        }

        return conversions;
    }

    private async Task PropagateAsync(RunPartitions partitions, ReplicateLedger[] ledgers, RunRequest request, AdoptionModel model, Stopwatch clock, Stopwatch propagation, IProgress<RunProgress>? progress, CancellationToken cancellationToken)
    {
        long adopters = 0;
        long exposures = 0;
        int lastCampaignStep = LastCampaignStep(request);
        var orders = new StepOrders(request, model);
        int[] running = Running(ledgers);
        for (int step = 0; ; step++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var roundClock = Stopwatch.StartNew();
            long delivered = 0;
            foreach (int r in running)
            {
                delivered += ledgers[r].PendingExposures;
            }

            long adopted = 0;
            using (var roundActivity = InfluenceSimTelemetry.Source.StartActivity(InfluenceSimTelemetry.RoundActivity))
            {
                foreach (int r in running)
                {
                    ledgers[r].BeginStep();
                }

                foreach (var answer in await partitions.AdvanceAsync(step))
                {
                    foreach (var row in answer.Replicates)
                    {
                        ledgers[row.Replicate].Add(row);
                    }
                }

                foreach (int r in running)
                {
                    adopted += ledgers[r].CurrentNewAdopters;
                    ledgers[r].EndStep(step, request.MaxSteps, lastCampaignStep, request.Network.NodeCount);
                }

                roundActivity?.SetTag("influencesim.step", step);
                roundActivity?.SetTag("influencesim.new_adopters", adopted);
                roundActivity?.SetTag("influencesim.exposures", delivered);
            }

            running = Running(ledgers);
            telemetry.Rounds.Add(1);
            telemetry.Adoptions.Add(adopted);
            telemetry.Exposures.Add(delivered);
            telemetry.RoundDuration.Record(roundClock.Elapsed.TotalSeconds);
            adopters += adopted;
            exposures += delivered;
            double seconds = propagation.Elapsed.TotalSeconds;
            progress?.Report(new RunProgress("propagation", step, adopters, exposures, running.Length, clock.Elapsed, seconds > 0 ? exposures / seconds : 0) { Replicates = ledgers.Length });
            if (running.Length == 0)
            {
                return;
            }

            await orders.PostAsync(new OrderBuffer(partitions, ledgers, step + 1, OrdersPerBatch), step + 1, running, Relayed(ledgers, running));
        }
    }

    /// <summary>The replicates still running, ascending: the ones a step advances (this and <see cref="Relayed"/> are plain loops: no query to compile at a run's first step).</summary>
    private static int[] Running(ReplicateLedger[] ledgers)
    {
        var running = new List<int>(ledgers.Length);
        for (int r = 0; r < ledgers.Length; r++)
        {
            if (ledgers[r].Active)
            {
                running.Add(r);
            }
        }

        return [.. running];
    }

    /// <summary>The running replicates whose brand relays posts at the next step, with their posts.</summary>
    private static (int Replicate, int Posts)[] Relayed(ReplicateLedger[] ledgers, int[] running)
    {
        var relayed = new List<(int Replicate, int Posts)>();
        foreach (int r in running)
        {
            if (ledgers[r].RelayedPosts > 0)
            {
                relayed.Add((r, ledgers[r].RelayedPosts));
            }
        }

        return [.. relayed];
    }

    private static async Task PostSeedsAsync(RunPartitions partitions, ReplicateLedger[] ledgers, RunRequest request)
    {
        var orders = new OrderBuffer(partitions, ledgers, step: 0, OrdersPerBatch);
        for (int replicate = 0; replicate < request.Replicates; replicate++)
        {
            foreach (int seed in request.Seeds.SeedsOf(request.FirstReplicate + replicate))
            {
                await orders.AddAsync(seed, replicate);
            }
        }

        await orders.FlushAsync();
    }

    private static int LastCampaignStep(RunRequest request) =>
        request.Market.Campaigns.Count == 0 ? 0 : Math.Min(request.MaxSteps, request.Market.Campaigns.Max(c => c.Until));
}
