using System.Globalization;

namespace InfluenceSim.Scenarios.Strategies;

/// <summary>A number of <c>seeding:</c> that one strategy declares, with its inclusive range and default; its value is in <c>SeedingOptions.Settings</c> under <see cref="Key"/>.</summary>
/// <param name="Key">The key, such as <c>skip</c>.</param>
/// <param name="Min">The least value accepted.</param>
/// <param name="Max">The greatest value accepted.</param>
/// <param name="Default">The value when the scenario does not give one.</param>
/// <param name="Integer">Whether only whole numbers are accepted.</param>
public sealed record StrategySetting(string Key, double Min, double Max, double Default, bool Integer = false)
{
    /// <summary>What a scenario may write, as problems and listings say it.</summary>
    public string Accepts => string.Create(CultureInfo.InvariantCulture, $"{(Integer ? "an integer" : "a number")} from {Min} to {Max}");
}
