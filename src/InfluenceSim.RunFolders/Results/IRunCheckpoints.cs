using InfluenceSim.Scenarios;

namespace InfluenceSim.RunFolders.Results;

/// <summary>A run's checkpoint as the execution sees it: the finished batches of each scenario it runs, by group.</summary>
public interface IRunCheckpoints
{
    /// <summary>
    /// The batches of <paramref name="scenario"/> (a sweep point's scenario, or the run's) for <paramref name="group"/>
    /// (the seeding strategy that planned its seeds: compared strategies run the same scenario).
    /// </summary>
    IBatchCheckpoints Batches(Scenario scenario, string group);
}
