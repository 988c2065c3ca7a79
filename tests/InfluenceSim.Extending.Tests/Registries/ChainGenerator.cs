using InfluenceSim.Networks;
using InfluenceSim.Scenarios;
using InfluenceSim.Scenarios.Generators;

namespace InfluenceSim.Extending.Tests.Registries;

/// <summary>A test-only <c>chain</c> generator: <c>length</c> nodes, each tied to the next (registered in this program's registry only).</summary>
internal sealed class ChainGenerator() : NetworkGenerator("chain")
{
    private const string Length = "length";
    private const string Expected = "an integer from 2 to 1000";

    public override string Summary => "a chain of length nodes, each tied to the next";

    public override IReadOnlyList<GeneratorParameter> Parameters { get; } = [new(Length, Expected)];

    public override NetworkSpec? Read(GeneratorBlock block)
    {
        ArgumentNullException.ThrowIfNull(block);
        int? length = block.Integer(Length, Expected, n => n is >= 2 and <= 1000);
        if (length is null)
        {
            return null;
        }

        block.Nodes = length;
        return block.WithinTieLimit(new NetworkSpec(Name, length) { Settings = new Dictionary<string, double> { [Length] = length.Value } });
    }

    public override Network Build(NetworkSpec spec, NetworkBuildInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(spec);
        int length = (int)spec.Settings[Length];
        var builder = new NetworkBuilder(length, directed: false);
        for (int node = 0; node + 1 < length; node++)
        {
            builder.AddTie(node, node + 1);
        }

        return builder.Build();
    }
}
