using InfluenceSim.Networks;
using InfluenceSim.Scenarios.Validation;
using Graphs = InfluenceSim.Networks.Generators.NetworkGenerators;

namespace InfluenceSim.Scenarios.Generators;

/// <summary><c>configuration</c>: random stub matching of a degree sequence, listed or drawn from a power law (Molloy and Reed 1995).</summary>
public sealed class ConfigurationGenerator() : DeclaredGenerator(
    GeneratorName,
    "random matching of the stubs of a degree sequence, listed or drawn from a power law (Molloy and Reed 1995)",
    [
        new("nodes", $"the number of degrees, or with power-law an integer from 2 to {ScenarioLimits.MaxNodes}", Required: false),
        new("degrees", "a list of degrees with an even sum, such as [3, 2, 2, 1] (or power-law)", Required: false),
        new("power-law", "{ exponent, min-degree, max-degree } (or degrees)", Required: false),
    ])
{
    public const string GeneratorName = "configuration";

    /// <summary>The keys of <c>network.power-law</c>.</summary>
    public static IReadOnlyList<string> PowerLawKeys { get; } = ["exponent", "min-degree", "max-degree"];

    public override NetworkSpec? Read(GeneratorBlock block)
    {
        ArgumentNullException.ThrowIfNull(block);
        return block.Sized(new ConfigurationValidator(block.Problems, block.Values).Validate(block.Reader));
    }

    public override double ExpectedTies(NetworkSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (spec.Degrees is { } degrees)
        {
            return degrees.Sum(d => (double)d);
        }

        return spec.Exponent is { } exponent
            ? (spec.Nodes ?? 0) * Graphs.PowerLawMean(exponent, spec.MinDegree ?? 1, spec.MaxDegree ?? 1)
            : base.ExpectedTies(spec);
    }

    public override Network Build(NetworkSpec spec, NetworkBuildInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return spec.Degrees is { } degrees
            ? Graphs.Configuration(degrees, Seed(inputs))
            : Graphs.ConfigurationPowerLaw(Nodes(spec), Required(spec.Exponent, "power-law.exponent"), Required(spec.MinDegree, "power-law.min-degree"), Required(spec.MaxDegree, "power-law.max-degree"), Seed(inputs));
    }
}
