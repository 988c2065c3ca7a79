using System.Text.Json.Nodes;

namespace InfluenceSim.Scenarios.Strategies;

/// <summary>
/// What validation, listings and the engine's checks know of one value of <c>seeding.strategy</c>:
/// its name, what it takes, its settings and what running it needs. <see cref="SeedingStrategies"/> lists them; how a strategy chooses its
/// seeds is the engine's <c>PlanningStrategy</c>, which derives from this (docs/extending.md).
/// </summary>
/// <param name="name">The name a scenario writes under <c>seeding.strategy</c> and <c>compare-seeding</c>.</param>
public abstract class SeedingStrategy(string name)
{
    /// <summary>The name a scenario writes under <c>seeding.strategy</c> and <c>compare-seeding</c>.</summary>
    public string Name { get; } = name;

    /// <summary>One line saying how the strategy chooses, with its source.</summary>
    public abstract string Summary { get; }

    /// <summary>What the <c>seeding:</c> block gives it: a size (the default; only sized strategies can be compared), a list of nodes, or nothing.</summary>
    public virtual SeedingInput Input => SeedingInput.Sized;

    /// <summary>The numbers of <c>seeding:</c> this strategy declares, read into <see cref="SeedingOptions.Settings"/>.</summary>
    public virtual IReadOnlyList<StrategySetting> Settings => [];

    /// <summary>The keys of <c>seeding:</c> only this strategy takes; a scenario using none of the strategies that take a key is refused it. By default the keys of <see cref="TypedOptions"/>, then of <see cref="Settings"/>.</summary>
    public virtual IReadOnlyList<string> Options => [.. TypedOptions.Select(o => o.Key), .. Settings.Select(s => s.Key)];

    /// <summary>What running this strategy needs besides the network under <paramref name="options"/>: a spread estimate under the model, a pilot run (by default nothing).</summary>
    public virtual StrategyNeeds Needs(SeedingOptions options) => StrategyNeeds.Nothing;

    /// <summary>Adds this strategy's settings, defaults filled in, to the resolved scenario's <c>seeding</c> object (by default the values of <see cref="TypedOptions"/>, then of <see cref="Settings"/>).</summary>
    public virtual void WriteOptions(JsonObject seeding, SeedingOptions options)
    {
        ArgumentNullException.ThrowIfNull(seeding);
        ArgumentNullException.ThrowIfNull(options);
        foreach (var option in TypedOptions)
        {
            seeding[option.Key] = option.Value(options);
        }

        foreach (var setting in Settings)
        {
            seeding[setting.Key] = options.ValueOf(setting);
        }
    }

    /// <summary>The keys of <c>seeding:</c> a built-in strategy reads as typed values of <see cref="SeedingOptions"/> (such as betweenness's <c>samples</c>).</summary>
    protected virtual IReadOnlyList<SeedingOption> TypedOptions => [];
}
