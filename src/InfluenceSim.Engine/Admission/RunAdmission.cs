using InfluenceSim.Scenarios;

namespace InfluenceSim.Engine.Admission;

/// <summary>
/// Admission: before anything is built, refuses a scenario whose estimated memory exceeds what the
/// machine has (unless the user allows it), and says when a node-grain run would be faster under
/// blocks hosting. See docs/safety.md ("Limits").
/// </summary>
public static class RunAdmission
{
    /// <summary>A node-grain run estimated to take at least this long (seconds) gets the hint to use blocks hosting.</summary>
    public const double SlowSeconds = 60;

    /// <summary>The end of every refusal's remedy.</summary>
    public const string Anyway = "add --allow-large to run it anyway";

    /// <summary>
    /// The scenario's estimate; throws, pointing at the key that drives the largest term, when the
    /// estimate exceeds <see cref="AvailableMemory.Bytes"/> and <paramref name="allowLarge"/> is false.
    /// </summary>
    /// <exception cref="ScenarioException">The run would not fit in memory.</exception>
    public static ResourceEstimate Admit(Scenario scenario, bool allowLarge)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var estimate = ResourceEstimator.Estimate(scenario);
        string subject = $"with engine.hosting {EngineHostingNames.Of(estimate.Hosting)} the run";
        return Check(scenario, estimate, allowLarge, subject, available => Remedy(scenario, estimate, available));
    }

    /// <summary>As <see cref="Admit"/>, for building the scenario's network alone (the <c>network</c> verb).</summary>
    /// <exception cref="ScenarioException">The network would not fit in memory.</exception>
    public static ResourceEstimate AdmitNetwork(Scenario scenario, bool allowLarge)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return Check(scenario, ResourceEstimator.EstimateNetwork(scenario), allowLarge, "building the network", _ => $"use a smaller network, or {Anyway}");
    }

    /// <summary>The line <c>run</c> prints when a node-grain run is estimated to take minutes, or null.</summary>
    public static string? SlowHint(Scenario scenario, ResourceEstimate estimate)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(estimate);
        if (estimate.Hosting != EngineHosting.NodeGrains || estimate.Seconds < SlowSeconds)
        {
            return null;
        }

        var blocks = ResourceEstimator.Estimate(scenario, EngineHosting.Blocks);
        return $"this node-grain run is estimated to take about {ResourceEstimate.Duration(estimate.Seconds)}; engine: {{ hosting: blocks }} gives identical results faster (about {ResourceEstimate.Duration(blocks.Seconds)})";
    }

    /// <summary>
    /// The refusal of <paramref name="estimate"/> (<c>too large for this machine: SUBJECT needs ...</c>, then
    /// the remedy <paramref name="remedy"/> gives for the memory available), or null when it fits or is allowed.
    /// </summary>
    /// <exception cref="ScenarioException"><see cref="AvailableMemory.Variable"/> is set to something other than a positive whole number.</exception>
    public static string? Refusal(ResourceEstimate estimate, bool allowLarge, string subject, Func<long, string> remedy)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        ArgumentNullException.ThrowIfNull(remedy);
        long available = AvailableMemory.Bytes();
        if (allowLarge || estimate.Bytes <= available)
        {
            return null;
        }

        string source = Environment.GetEnvironmentVariable(AvailableMemory.Variable) is null ? "available" : $"available (set by {AvailableMemory.Variable})";
        return $"too large for this machine: {subject} needs an estimated {estimate.Describe()}, more than the {AvailableMemory.Size(available)} {source}; {remedy(available)}";
    }

    private static ResourceEstimate Check(Scenario scenario, ResourceEstimate estimate, bool allowLarge, string subject, Func<long, string> remedy)
    {
        if (Refusal(estimate, allowLarge, subject, remedy) is not { } message)
        {
            return estimate;
        }

        string key = estimate.Largest.Key;
        var at = scenario.Locations.Locate(key);
        throw new ScenarioException([new ScenarioProblem(scenario.Locations.FileOf(key), at.Line, at.Column, message)]);
    }

    private static string Remedy(Scenario scenario, ResourceEstimate estimate, long available)
    {
        if (estimate.Hosting == EngineHosting.Blocks)
        {
            return $"use fewer nodes or replicates, or {Anyway}";
        }

        var blocks = ResourceEstimator.Estimate(scenario, EngineHosting.Blocks);
        string fits = blocks.Bytes <= available ? "which fits" : "which does not fit either";
        return $"engine: {{ hosting: blocks }} would need about {AvailableMemory.Size(blocks.Bytes)} ({fits}); or {Anyway}";
    }

}
