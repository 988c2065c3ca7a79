using System.Globalization;
using System.Text.Json.Nodes;
using InfluenceSim.Models.Agents;
using InfluenceSim.Models.Distributions;
using InfluenceSim.Scenarios.Generators;
using InfluenceSim.Scenarios.Strategies;

namespace InfluenceSim.Scenarios.Validation;

/// <summary>Writes a validated scenario as JSON with the scenario's kebab-case keys, defaults filled in and the network path as written.</summary>
public static class ResolvedJson
{
    internal static JsonObject Build(ScenarioRegistries registries, string name, long seed, int replicates, int maxSteps, NetworkSpec network, (string? Network, string? Nodes) pathsAsGiven, ModelSpec model, SeedingSpec seeding, IReadOnlyList<string>? compared)
    {
        var json = new JsonObject
        {
            ["name"] = name,
            ["seed"] = seed,
            ["replicates"] = replicates,
            ["max-steps"] = maxSteps,
            ["network"] = Network(network, pathsAsGiven, registries.Generators.Find(network.Generator)),
            ["model"] = Model(model),
            ["seeding"] = Seeding(seeding, !network.IsFile, registries.Strategies.All.Where(s => (compared ?? [seeding.Strategy]).Contains(s.Name))),
        };
        if (compared is not null)
        {
            json["compare-seeding"] = new JsonArray([.. compared.Select(s => JsonValue.Create(s))]);
        }

        return json;
    }

    private static JsonObject Network(NetworkSpec network, (string? Network, string? Nodes) pathsAsGiven, NetworkGenerator? generator)
    {
        var json = new JsonObject { ["generator"] = network.Generator };
        Add(json, "nodes", network.Nodes);
        Add(json, "mean-degree", network.MeanDegree);
        Add(json, "m", network.M);
        Add(json, "k", network.K);
        Add(json, "rewire", network.Rewire);
        if (network.Blocks is { } blocks)
        {
            json["blocks"] = new JsonArray([.. blocks.Select(b => JsonValue.Create(b))]);
        }

        Add(json, "p-in", network.PIn);
        Add(json, "p-out", network.POut);
        if (network.Degrees is { } degrees)
        {
            json["degrees"] = new JsonArray([.. degrees.Select(d => JsonValue.Create(d))]);
        }

        if (network.Exponent is { } exponent)
        {
            var powerLaw = new JsonObject { ["exponent"] = exponent };
            Add(powerLaw, "min-degree", network.MinDegree);
            Add(powerLaw, "max-degree", network.MaxDegree);
            json["power-law"] = powerLaw;
        }

        Add(json, "triad", network.Triad);
        foreach (var parameter in generator?.Parameters ?? [])
        {
            if (network.Settings.TryGetValue(parameter.Key, out double value))
            {
                json[parameter.Key] = value;
            }
        }

        if (network.IsFile)
        {
            json["path"] = pathsAsGiven.Network;
            Add(json, "directed", network.Directed);
            if (network.NodeFile is not null)
            {
                json["nodes"] = pathsAsGiven.Nodes;
            }
        }

        return json;
    }

    private static JsonObject Model(ModelSpec model)
    {
        var json = new JsonObject { ["kind"] = model.Kind };
        foreach (var parameter in model.Definition.Descriptor.Parameters)
        {
            if (model.Parameters.TryGetValue(parameter.Key, out var value))
            {
                json[parameter.Key] = ToJson(value);
            }
            else if (parameter.Key == "probability" && TieProbabilities.NameOf(model.ProbabilityRule) is { } rule)
            {
                json[parameter.Key] = rule;
            }
        }

        return json;
    }

    /// <summary>A number or distribution in the scenario's notation.</summary>
    internal static JsonNode ToJson(Distribution value) => value.Shape == DistributionShape.Constant
        ? JsonValue.Create(value.First)
        : new JsonObject { [DistributionReader.KeyOf(value.Shape)] = new JsonArray(value.First, value.Second) };

    private static JsonObject Seeding(SeedingSpec seeding, bool generated, IEnumerable<SeedingStrategy> strategies)
    {
        var json = new JsonObject { ["strategy"] = seeding.Strategy };
        Add(json, "count", seeding.Count);
        Add(json, "fraction", seeding.Fraction);
        Add(json, "budget", seeding.Budget);
        if (seeding.Budget is not null || seeding.Cost != SeedCost.UnitCost)
        {
            json["cost"] = Cost(seeding.Cost);
        }

        if (seeding.Nodes is { } nodes)
        {
            json["nodes"] = new JsonArray([.. nodes.Select(n => Node(n, generated))]);
        }

        foreach (var strategy in strategies)
        {
            strategy.WriteOptions(json, seeding.Options);
        }

        return json;
    }

    private static JsonNode Cost(SeedCost cost) => cost.Kind switch
    {
        SeedCost.Power => new JsonObject { [SeedCost.Power] = new JsonObject { [SeedCost.ScaleKey] = cost.Scale, [SeedCost.ExponentKey] = cost.Exponent } },
        SeedCost.AttributeKind => new JsonObject { [SeedCost.AttributeKind] = cost.Attribute },
        _ => JsonValue.Create(cost.Kind),
    };

    private static JsonNode Node(string written, bool generated) => generated
        ? JsonValue.Create(long.Parse(written, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture))
        : JsonValue.Create(written);

    /// <summary>Sets <paramref name="key"/> when <paramref name="value"/> is present.</summary>
    public static void Add<T>(JsonObject json, string key, T? value)
        where T : struct
    {
        if (value is { } present)
        {
            json[key] = JsonValue.Create(present);
        }
    }
}
