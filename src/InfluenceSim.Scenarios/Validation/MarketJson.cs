using System.Text.Json.Nodes;
using InfluenceSim.Models.Distributions;
using InfluenceSim.Models.Market;

namespace InfluenceSim.Scenarios.Validation;

/// <summary>Writes <c>population</c>, <c>campaigns</c>, <c>brand</c>, <c>outputs</c> and <c>events-cap</c> into the resolved scenario, defaults filled in, each only when the scenario has it.</summary>
internal static class MarketJson
{
    /// <summary>Adds the blocks the scenario gives (<paramref name="given"/> names them) to <paramref name="json"/>.</summary>
    public static void Add(JsonObject json, MarketSettings market, EventsOptions events, bool nodes, IReadOnlyCollection<string> given)
    {
        if (given.Contains(PopulationValidator.Key))
        {
            json[PopulationValidator.Key] = new JsonObject
            {
                ["traits"] = Traits(market.Population.Traits),
                ["segments"] = new JsonArray([.. market.Population.Segments.Select(Segment)]),
            };
        }

        if (given.Contains(CampaignValidator.Key))
        {
            json[CampaignValidator.Key] = new JsonArray([.. market.Campaigns.Select(c => Campaign(c, market.Population))]);
        }

        if (given.Contains(BrandValidator.Key))
        {
            json[BrandValidator.Key] = Brand(market);
        }

        if (given.Contains(OutputsValidator.Key))
        {
            var outputs = new JsonArray();
            if (events.Enabled)
            {
                outputs.Add(OutputsValidator.Events);
            }

            if (nodes)
            {
                outputs.Add(OutputsValidator.Nodes);
            }

            json[OutputsValidator.Key] = outputs;
        }

        if (events.Enabled)
        {
            json[OutputsValidator.CapKey] = events.Cap;
        }
    }

    private static JsonObject Traits(IReadOnlyDictionary<Trait, Distribution> traits)
    {
        var json = new JsonObject();
        AddTraits(json, traits);
        return json;
    }

    private static void AddTraits(JsonObject json, IReadOnlyDictionary<Trait, Distribution> traits)
    {
        foreach (var (trait, name) in TraitNames.All)
        {
            if (traits.TryGetValue(trait, out var value))
            {
                json[name] = ResolvedJson.ToJson(value);
            }
        }
    }

    private static JsonObject Segment(Segment segment)
    {
        var json = new JsonObject { ["name"] = segment.Name, ["share"] = segment.Share };
        AddTraits(json, segment.Traits);
        return json;
    }

    private static JsonObject Campaign(CampaignSettings campaign, PopulationSettings population)
    {
        var json = new JsonObject { ["name"] = campaign.Name, ["at"] = campaign.At, ["until"] = campaign.Until };
        AddAudience(json, campaign.Audience, population);
        json["valence"] = EventNames.Of(campaign.Valence);
        json["persuasion"] = campaign.Persuasion;
        return json;
    }

    private static JsonObject Brand(MarketSettings market)
    {
        var brand = market.Brand;
        var json = new JsonObject { ["stance"] = brand.Stance.ToString().ToLowerInvariant() };
        if (brand.Stance == BrandStance.Neutral)
        {
            return json;
        }

        json["share"] = brand.Share;
        if (brand.Stance == BrandStance.Relay)
        {
            var audience = new JsonObject();
            AddAudience(audience, brand.Audience, market.Population);
            json["audience"] = audience;
            json["persuasion"] = brand.Persuasion;
        }

        return json;
    }

    private static void AddAudience(JsonObject json, AudienceSettings audience, PopulationSettings population)
    {
        if (audience.Count is { } count)
        {
            json["count"] = count;
        }
        else
        {
            json["reach"] = audience.Reach;
        }

        json["eligible"] = audience.Eligible.Kind switch
        {
            EligibleKind.Segment => new JsonObject { ["segment"] = population.Segments[audience.Eligible.Segment].Name },
            EligibleKind.TopDegree => new JsonObject { ["top-degree"] = audience.Eligible.Share },
            _ => JsonValue.Create("everyone"),
        };
    }
}
