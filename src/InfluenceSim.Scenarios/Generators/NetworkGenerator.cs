using InfluenceSim.Networks;

namespace InfluenceSim.Scenarios.Generators;

/// <summary>
/// One value of <c>network.generator</c>: its name, the keys it takes, how a scenario's block is
/// checked and how the network is built. <see cref="NetworkGenerators"/> lists them (docs/extending.md).
/// </summary>
/// <param name="name">The name a scenario writes under <c>network.generator</c>.</param>
public abstract class NetworkGenerator(string name)
{
    /// <summary>The name a scenario writes under <c>network.generator</c>.</summary>
    public string Name { get; } = name;

    /// <summary>One line saying what the generator builds, with its source.</summary>
    public abstract string Summary { get; }

    /// <summary>The keys of <c>network:</c> the generator takes besides <c>generator</c>, in the documented order.</summary>
    public abstract IReadOnlyList<GeneratorParameter> Parameters { get; }

    /// <summary>
    /// Checks the generator's keys (unknown keys are already refused) and returns the network they
    /// describe, or null when a problem was reported through <paramref name="block"/>.
    /// </summary>
    public abstract NetworkSpec? Read(GeneratorBlock block);

    /// <summary>The expected number of directed ties of <paramref name="spec"/>, known before it is built (by default a tree's, 2 (n - 1)).</summary>
    public virtual double ExpectedTies(NetworkSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return 2.0 * Math.Max((spec.Nodes ?? 0) - 1, 0);
    }

    /// <summary>The nodes and directed ties the network will have, before it is built (docs/safety.md).</summary>
    public virtual (double Nodes, double Ties) Size(NetworkSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return (spec.Nodes ?? 0, ExpectedTies(spec));
    }

    /// <summary>Builds the network; random generators draw from <see cref="NetworkBuildInputs.MasterSeed"/>.</summary>
    public abstract Network Build(NetworkSpec spec, NetworkBuildInputs inputs);

    /// <summary>A value a validated spec always has, or an exception naming the missing key.</summary>
    protected static T Required<T>(T? value, string key)
        where T : struct => value ?? throw Missing(key);

    /// <summary>The node count of a validated spec.</summary>
    protected static int Nodes(NetworkSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return Required(spec.Nodes, "nodes");
    }

    /// <summary>The master seed a random generator draws from.</summary>
    protected static long Seed(NetworkBuildInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return inputs.MasterSeed;
    }

    /// <summary>The exception for a spec that lacks a key its generator needs (a spec not made by <see cref="Read"/>).</summary>
    protected static ArgumentException Missing(string key) => new($"the network needs '{key}'", "spec");
}
