using InfluenceSim.Models.Distributions;
using InfluenceSim.Models.Market;
using InfluenceSim.Scenarios.Syntax;

namespace InfluenceSim.Scenarios.Validation;

/// <summary>Reads trait values (a number from 0 to 1 or a distribution) from a mapping's trait-named keys, remembering where each was given.</summary>
internal sealed class TraitReader(ProblemList problems, ValueChecker values)
{
    /// <summary>Every trait name, in trait-number order.</summary>
    public static readonly string[] Names = [.. TraitNames.All.Select(t => t.Name)];

    private readonly DistributionReader _distributions = new(problems, values);

    /// <summary>Every trait given so far, with its place.</summary>
    public List<TraitUse> Uses { get; } = [];

    /// <summary>The values of the trait-named entries of <paramref name="entries"/> (other keys are left to the caller).</summary>
    public Dictionary<Trait, Distribution> Read(IEnumerable<MappingEntry> entries, string path)
    {
        var traits = new Dictionary<Trait, Distribution>();
        foreach (var (key, value) in entries)
        {
            if (TraitNames.Find(key.Value) is not { } trait)
            {
                continue;
            }

            string traitPath = $"{path}.{key.Value}";
            Uses.Add(new TraitUse(trait, traitPath, key.Location));
            if (_distributions.Read(value, traitPath, 0, 1) is { } distribution)
            {
                traits[trait] = distribution;
            }
        }

        return traits;
    }
}
