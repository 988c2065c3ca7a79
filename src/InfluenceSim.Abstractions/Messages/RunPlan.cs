namespace InfluenceSim.Abstractions.Messages;

/// <summary>What the coordinator needs to start a run.</summary>
/// <param name="RunId">The run id, also the second key of the run's node grains.</param>
/// <param name="Replicates">Number of replicate lanes.</param>
/// <param name="MaxSteps">The last step that may run.</param>
/// <param name="Concurrency">How many node calls may be outstanding at once.</param>
/// <param name="Nodes">How many nodes the network has.</param>
/// <param name="LastCampaignStep">The last step at which a campaign acts (0: none).</param>
/// <param name="EventsCap">How many rows the interaction stream keeps (0: not recorded).</param>
[GenerateSerializer, Immutable, Alias("influencesim.run-plan")]
public sealed record RunPlan(
    [property: Id(0)] string RunId,
    [property: Id(1)] int Replicates,
    [property: Id(2)] int MaxSteps,
    [property: Id(3)] int Concurrency,
    [property: Id(4)] int Nodes,
    [property: Id(5)] int LastCampaignStep,
    [property: Id(6)] long EventsCap);
