using InfluenceSim.Abstractions.Messages;

namespace InfluenceSim.Abstractions.Grains;

/// <summary>
/// Drives one run's rounds with a barrier between them: it delivers each step's mail to the nodes
/// that have some (grouped per node, all replicates together), collects what they send for the
/// next step, and keeps every replicate's counts. Keyed by run id.
/// </summary>
public interface IRunCoordinatorGrain : IGrainWithStringKey
{
    /// <summary>Starts the run; clears any earlier state.</summary>
    Task Begin(RunPlan plan);

    /// <summary>Adds orders for the next step: seeds before step 0, visits without mail or broadcasts before a later step.</summary>
    Task Post(MailBatch batch);

    /// <summary>Runs the next step of every replicate still going and reports it.</summary>
    Task<RoundReport> Advance();

    /// <summary>Every replicate's counts per step, once the run has ended.</summary>
    Task<RunOutcome> Outcome();

    /// <summary>Rows <paramref name="skip"/> .. skip + take - 1 of the interaction stream, once the run has ended.</summary>
    Task<EventPage> Events(int skip, int take);

    /// <summary>Forgets the run: the activation is collected once idle.</summary>
    Task Release();
}
