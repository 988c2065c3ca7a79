using InfluenceSim.Engine.Scenarios.Generators;

namespace InfluenceSim.Engine.Scenarios;

/// <summary>
/// The values of <c>network.generator</c>: every <see cref="NetworkGenerator"/>, in the documented
/// order. Validation, the runner, the size estimate and the docs read this list; adding a
/// generator is one class and one line here (docs/extending.md).
/// </summary>
public sealed class NetworkGenerators
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
    {
        ArgumentNullException.ThrowIfNull(generators);
        if (generators.GroupBy(g => g.Name).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new ArgumentException($"two network generators are named '{twice.Key}'", nameof(generators));
        }

        All = generators;
        Names = [.. generators.Select(g => g.Name)];
        Keys = [GeneratorKey, .. generators.SelectMany(g => g.Parameters.Select(p => p.Key)).Distinct()];
    }

    /// <summary>Every generator, in the documented order.</summary>
    public IReadOnlyList<NetworkGenerator> All { get; }

    /// <summary>Every generator's name, in the documented order.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>Every key a <c>network:</c> block can hold, for any generator.</summary>
    public IReadOnlyList<string> Keys { get; }

    /// <summary>The generator named <paramref name="name"/>, or null.</summary>
    public NetworkGenerator? Find(string name) => All.FirstOrDefault(g => g.Name == name);

    /// <summary>The generator named <paramref name="name"/> (a name validation accepted).</summary>
    public NetworkGenerator Get(string name) => Find(name) ?? throw new ArgumentException($"unknown generator '{name}'", nameof(name));

    /// <summary>This registry with <paramref name="generator"/> added last.</summary>
    public NetworkGenerators With(NetworkGenerator generator) => new([.. All, generator]);
}
