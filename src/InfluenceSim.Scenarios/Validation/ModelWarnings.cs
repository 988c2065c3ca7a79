using System.Globalization;
using InfluenceSim.Models.Catalogue;
using InfluenceSim.Models.Market;
using InfluenceSim.Scenarios.Strategies;

namespace InfluenceSim.Scenarios.Validation;

/// <summary>
/// Warns where a valid scenario's model cannot do what the scenario seems to ask: a strategy that
/// estimates spread (<see cref="StrategyNeeds.Spread"/>, greedy among the built-ins) does so without the campaigns, traits and aversion the scenario gives
/// (docs/influence-maximisation.md), and a <c>bass</c> model without a campaign never innovates
/// (docs/models.md "bass"). Each warning stands at its key.
/// </summary>
internal static class ModelWarnings
{
    /// <summary>The warnings, in file order.</summary>
    public static IReadOnlyList<ScenarioProblem> Find(SeedingStrategies strategyRegistry, ModelSpec model, SeedingSpec seeding, IReadOnlyList<string>? compared, MarketSettings market, IReadOnlyList<TraitUse> traits, int maxSteps, SourceMap locations)
    {
        var warnings = new List<ScenarioProblem>();
        var strategies = compared ?? [seeding.Strategy];
        var estimating = strategies.FirstOrDefault(s => strategyRegistry.Get(s).Needs(seeding.Options).Spread != SpreadEstimate.None);
        if (estimating is not null && LeftOut(model, market, traits) is { Count: > 0 } leftOut)
        {
            string at = compared is null ? "seeding.strategy" : "compare-seeding";
            warnings.Add(At(locations, at, $"'{at}': {estimating} ({seeding.Options.Estimator}) estimates spread under model {model.Kind}'s tie rules alone (each tie's probability and prescribing-steps); its estimate leaves out {string.Join(", ", leftOut)}, which the run applies"));
        }

        if (model.Kind == ModelCatalogue.Bass && market.Campaigns.Count == 0)
        {
            string campaign = string.Create(CultureInfo.InvariantCulture, $"campaigns: [{{ at: 1, until: {maxSteps}, reach: 1 }}]");
            warnings.Add(At(locations, "model.kind", $"'model.kind': bass innovates only through broadcasts and the scenario has no campaign, so no node adopts by innovation; for the classic Bass curve add the one line '{campaign}'"));
        }

        return warnings;
    }

    /// <summary>What the scenario adds to the model's tie rules, which no greedy estimate simulates.</summary>
    private static List<string> LeftOut(ModelSpec model, MarketSettings market, IReadOnlyList<TraitUse> traits)
    {
        var leftOut = new List<string>();
        if (market.Campaigns.Count > 0)
        {
            leftOut.Add(market.Campaigns.Count == 1 ? "the campaign" : $"the {market.Campaigns.Count} campaigns");
        }

        var given = traits.Select(t => t.Path[(t.Path.LastIndexOf('.') + 1)..]).Distinct(StringComparer.Ordinal).ToList();
        if (given.Count > 0)
        {
            leftOut.Add($"traits ({string.Join(", ", given)})");
        }

        if (model.Parameters.TryGetValue("aversion", out var aversion) && aversion.First > 0)
        {
            leftOut.Add(string.Create(CultureInfo.InvariantCulture, $"aversion {aversion.First}"));
        }

        return leftOut;
    }

    private static ScenarioProblem At(SourceMap locations, string path, string message)
    {
        var at = locations.Locate(path);
        return new ScenarioProblem(locations.FileOf(path), at.Line, at.Column, message);
    }
}
