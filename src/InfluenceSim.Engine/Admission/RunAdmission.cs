using System.Globalization;
using InfluenceSim.Engine.Running;
using InfluenceSim.Engine.Scenarios;

namespace InfluenceSim.Engine.Admission;

/// <summary>
/// Admission: before anything is built, refuses a scenario whose estimated memory exceeds what the
/// machine has (unless the user allows it), and says when a node-grain run would be faster under
/// blocks hosting. See docs/safety.md ("Limits").
/// </summary>
public static class RunAdmission
{
    /// <summary>The environment variable that sets the memory available, in bytes, instead of the machine's (for tests).</summary>
    public const string MemoryVariable = "INFLUENCESIM_MEMORY_BYTES";

    /// <summary>A node-grain run estimated to take at least this long (seconds) gets the hint to use blocks hosting.</summary>
    public const double SlowSeconds = 60;

    /// <summary>The end of every refusal's remedy.</summary>
    public const string Anyway = "add --allow-large to run it anyway";

    /// <summary>The memory available to the process: <see cref="MemoryVariable"/> when set, otherwise the runtime's view of the machine (or container).</summary>
    /// <exception cref="ScenarioException">The variable is set to something other than a positive whole number of bytes.</exception>
    public static long AvailableBytes()
    {
        string? text = Environment.GetEnvironmentVariable(MemoryVariable);
        if (text is null)
        {
            return GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;
        }

        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out long bytes) && bytes > 0
            ? bytes
            : throw new ScenarioException([new ScenarioProblem($"environment {MemoryVariable}", 1, 1, $"{MemoryVariable} must be a positive whole number of bytes, found {Shown(text)}")]);
    }

    /// <summary>
    /// The scenario's estimate; throws, pointing at the key that drives the largest term, when the
    /// estimate exceeds <see cref="AvailableBytes"/> and <paramref name="allowLarge"/> is false.
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
    /// <exception cref="ScenarioException"><see cref="MemoryVariable"/> is set to something other than a positive whole number.</exception>
    public static string? Refusal(ResourceEstimate estimate, bool allowLarge, string subject, Func<long, string> remedy)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        ArgumentNullException.ThrowIfNull(remedy);
        long available = AvailableBytes();
        if (allowLarge || estimate.Bytes <= available)
        {
            return null;
        }

        string source = Environment.GetEnvironmentVariable(MemoryVariable) is null ? "available" : $"available (set by {MemoryVariable})";
        return $"too large for this machine: {subject} needs an estimated {estimate.Describe()}, more than the {ResourceEstimate.Size(available)} {source}; {remedy(available)}";
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
        return $"engine: {{ hosting: blocks }} would need about {ResourceEstimate.Size(blocks.Bytes)} ({fits}); or {Anyway}";
    }

    private static string Shown(string text) => text.Length <= 40 && text.All(c => c is >= ' ' and <= '~')
        ? $"'{text}'"
        : $"a value of {text.Length} characters";
}
