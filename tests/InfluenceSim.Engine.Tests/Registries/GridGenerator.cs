using InfluenceSim.Networks;
using InfluenceSim.Scenarios;
using InfluenceSim.Scenarios.Generators;

namespace InfluenceSim.Engine.Tests.Registries;

/// <summary>A generator the built-in registry does not have: a rows x columns grid, each node tied to its right and lower neighbours.</summary>
internal sealed class GridGenerator() : NetworkGenerator("grid")
{
    public override string Summary => "a rows x columns grid";

    public override IReadOnlyList<GeneratorParameter> Parameters { get; } =
        [new("rows", "an integer from 1 to 1000"), new("columns", "an integer from 1 to 1000")];

    public override NetworkSpec? Read(GeneratorBlock block)
    {
        int? rows = block.Integer("rows", "an integer from 1 to 1000", r => r is >= 1 and <= 1000);
        int? columns = block.Integer("columns", "an integer from 1 to 1000", c => c is >= 1 and <= 1000);
        if (rows is null || columns is null)
        {
            return null;
        }

        block.Nodes = rows * columns;
        return block.WithinTieLimit(new NetworkSpec(Name, rows * columns) { Settings = new Dictionary<string, double> { ["rows"] = rows.Value, ["columns"] = columns.Value } });
    }

    public override double ExpectedTies(NetworkSpec spec)
    {
        double rows = spec.Settings["rows"], columns = spec.Settings["columns"];
        return 2 * ((rows * (columns - 1)) + (columns * (rows - 1)));
    }

    public override Network Build(NetworkSpec spec, NetworkBuildInputs inputs)
    {
        int rows = (int)spec.Settings["rows"], columns = (int)spec.Settings["columns"];
        var builder = new NetworkBuilder(rows * columns, directed: false);
        for (int r = 0; r < rows; r++)
        {
            for (int c = 0; c < columns; c++)
            {
                int node = (r * columns) + c;
                if (c + 1 < columns)
                {
                    builder.AddTie(node, node + 1);
                }

                if (r + 1 < rows)
                {
                    builder.AddTie(node, node + columns);
                }
            }
        }

        return builder.Build();
    }
}
