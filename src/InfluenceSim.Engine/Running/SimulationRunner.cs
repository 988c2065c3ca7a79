using System.Diagnostics;
using InfluenceSim.Abstractions.Grains;
using InfluenceSim.Abstractions.Messages;
using InfluenceSim.Engine.Telemetry;
using InfluenceSim.Models.Agents;

namespace InfluenceSim.Engine.Running;

/// <summary>
/// Runs a scenario on a cluster through grain interfaces only: one node grain per network node joins
/// the run once and carries every replicate as a lane; a coordinator grain drives the rounds.
/// </summary>
public sealed class SimulationRunner(IGrainFactory grains, InfluenceSimTelemetry telemetry)
{
    private const int OrdersPerBatch = 65_536;

    /// <summary>Runs every replicate and returns their counts; cancelling stops between rounds.</summary>
    public async Task<RunResult> RunAsync(RunRequest request, IProgress<RunProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        using var runActivity = InfluenceSimTelemetry.Source.StartActivity(InfluenceSimTelemetry.RunActivity);
        runActivity?.SetTag("influencesim.nodes", request.Network.NodeCount);
        runActivity?.SetTag("influencesim.replicates", request.Replicates);
        string runId = Guid.NewGuid().ToString("N");
        var clock = Stopwatch.StartNew();
        var model = AdoptionModel.Create(request.Model, request.Market);
        var setup = ModelSetupFactory.From(request.Model);
        var market = MarketSetupFactory.From(request.Market);
        var coordinator = grains.GetGrain<IRunCoordinatorGrain>(runId);
        var joiner = new NodeJoiner(grains, runId, request.Concurrency);
        try
        {
            await joiner.JoinAllAsync(request, model.NeedsInTies, setup, market, asked => progress?.Report(Activation(request, asked, clock)), cancellationToken);
            double activation = clock.Elapsed.TotalSeconds;
            progress?.Report(Activation(request, request.Network.NodeCount, clock));

            await coordinator.Begin(new RunPlan(runId, request.Replicates, request.MaxSteps, request.Concurrency, request.Network.NodeCount, LastCampaignStep(request), request.Events.Enabled ? request.Events.Cap : 0));
            await PostSeedsAsync(coordinator, request);
            var propagation = Stopwatch.StartNew();
            await PropagateAsync(coordinator, request, model, clock, propagation, progress, cancellationToken);
            double propagationSeconds = propagation.Elapsed.TotalSeconds;
            var outcome = await coordinator.Outcome();
            var replicates = outcome.Replicates.Select(ReplicateResults.From).ToArray();
            return new RunResult(request.Network.NodeCount, request.Network.TieCount, replicates, new RunTimings(request.NetworkBuildSeconds, activation, propagationSeconds, 0))
            {
                Conversions = outcome.Prescribers.Zip(outcome.Conversions).ToDictionary(p => p.First, p => p.Second),
                Events = await EventReader.ReadAsync(coordinator, outcome.EventsKept),
                NodeRecords = request.RecordNodes
                    ? NodeRecordReader.Rows(await joiner.RecordsAsync(request.Network.NodeCount, [.. outcome.Replicates.Select(r => r.Steps - 1)]), request.Replicates)
                    : [],
                EventsDelivered = outcome.EventsDelivered,
            };
        }
        finally
        {
            await joiner.ReleaseAllAsync();
            await coordinator.Release();
        }
    }

    private static RunProgress Activation(RunRequest request, int joined, Stopwatch clock) =>
        new("activation", -1, 0, 0, request.Replicates, clock.Elapsed, 0) { Joined = joined, Nodes = request.Network.NodeCount };

    private async Task PropagateAsync(IRunCoordinatorGrain coordinator, RunRequest request, AdoptionModel model, Stopwatch clock, Stopwatch propagation, IProgress<RunProgress>? progress, CancellationToken cancellationToken)
    {
        long adopters = 0;
        long exposures = 0;
        var orders = new StepOrders(request, model);
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var roundClock = Stopwatch.StartNew();
            RoundReport round;
            using (var roundActivity = InfluenceSimTelemetry.Source.StartActivity(InfluenceSimTelemetry.RoundActivity))
            {
                round = await coordinator.Advance();
                roundActivity?.SetTag("influencesim.step", round.Step);
                roundActivity?.SetTag("influencesim.new_adopters", round.NewAdopters);
                roundActivity?.SetTag("influencesim.exposures", round.Exposures);
            }

            telemetry.Rounds.Add(1);
            telemetry.Adoptions.Add(round.NewAdopters);
            telemetry.Exposures.Add(round.Exposures);
            telemetry.RoundDuration.Record(roundClock.Elapsed.TotalSeconds);
            adopters += round.NewAdopters;
            exposures += round.Exposures;
            double seconds = propagation.Elapsed.TotalSeconds;
            progress?.Report(new RunProgress("propagation", round.Step, adopters, exposures, round.ActiveReplicates, clock.Elapsed, seconds > 0 ? exposures / seconds : 0));
            if (round.Finished)
            {
                return;
            }

            await orders.PostAsync(coordinator, round.Step + 1, round, OrdersPerBatch);
        }
    }

    private static async Task PostSeedsAsync(IRunCoordinatorGrain coordinator, RunRequest request)
    {
        var orders = new OrderBuffer(coordinator, step: 0, OrdersPerBatch);
        for (int replicate = 0; replicate < request.Replicates; replicate++)
        {
            foreach (int seed in request.Seeds.SeedsOf(replicate))
            {
                await orders.AddAsync(seed, replicate);
            }
        }

        await orders.FlushAsync();
    }

    private static int LastCampaignStep(RunRequest request) =>
        request.Market.Campaigns.Count == 0 ? 0 : Math.Min(request.MaxSteps, request.Market.Campaigns.Max(c => c.Until));
}
