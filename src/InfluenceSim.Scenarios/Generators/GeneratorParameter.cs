namespace InfluenceSim.Scenarios.Generators;

/// <summary>One key of a generator's <c>network:</c> block, as listings and docs show it.</summary>
/// <param name="Key">The key, such as <c>mean-degree</c>.</param>
/// <param name="Accepts">What it accepts, such as "a number from 0 to nodes - 1".</param>
/// <param name="Required">Whether a scenario must give it.</param>
public sealed record GeneratorParameter(string Key, string Accepts, bool Required = true)
{
    /// <summary>The required <c>nodes</c> of a generator that needs at least <paramref name="least"/> of them (<see cref="GeneratorBlock.ReadNodes"/>).</summary>
    public static GeneratorParameter NodeCount(int least) => new("nodes", $"an integer from {least} to {ScenarioLimits.MaxNodes}");
}
