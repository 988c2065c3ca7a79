using InfluenceSim.Scenarios.Generators;

namespace InfluenceSim.Scenarios;

/// <summary>
/// The values of <c>network.generator</c>: every <see cref="NetworkGenerator"/>, in the documented
/// order. Validation, the runner, the size estimate and the docs read this list; adding a
/// generator is one class and one line here (docs/extending.md).
/// </summary>
public sealed class NetworkGenerators : NamedRegistry<NetworkGenerator>
{
    private const string GeneratorKey = "generator";

    /// <summary>The generators a scenario can name.</summary>
    public static NetworkGenerators Default { get; } = new(
    [
        new ErdosRenyiGenerator(),
        new BarabasiAlbertGenerator(),
        new WattsStrogatzGenerator(),
        new RingLatticeGenerator(),
        new CompleteGenerator(),
        new StarGenerator(),
        new PathGenerator(),
        new StochasticBlockGenerator(),
        new ConfigurationGenerator(),
        new PowerLawClusterGenerator(),
        new FileGenerator(),
    ]);

    /// <summary>A registry of <paramref name="generators"/>, in that order; their names must be distinct.</summary>
    public NetworkGenerators(IReadOnlyList<NetworkGenerator> generators)
        : base(generators, g => g.Name, "network generator") =>
        Keys = [GeneratorKey, .. generators.SelectMany(g => g.Parameters.Select(p => p.Key)).Distinct()];

    /// <summary>Every key a <c>network:</c> block can hold, for any generator.</summary>
    public IReadOnlyList<string> Keys { get; }

    /// <summary>This registry with <paramref name="generator"/> added last.</summary>
    public NetworkGenerators With(NetworkGenerator generator) => new([.. All, generator]);
}
