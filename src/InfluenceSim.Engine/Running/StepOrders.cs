using InfluenceSim.Models.Agents;
using InfluenceSim.Models.Market;
using InfluenceSim.Models.Randomness;

namespace InfluenceSim.Engine.Running;

/// <summary>
/// The orders the runner posts before a step, beyond the mail nodes send each other: visits to
/// threshold-0 nodes at step 1, the broadcasts of the campaigns active at the step, and the brand's
/// relay broadcast in the replicates where it relayed somebody the step before (its audience grown
/// with the number of relayed posts).
/// </summary>
internal sealed class StepOrders
{
    private readonly RunRequest _request;
    private readonly PopulationTraits _traits;
    private readonly AudiencePlanner _audiences;
    private readonly List<int> _reached = [];

    public StepOrders(RunRequest request, AdoptionModel model)
    {
        _request = request;
        var draws = new Draws(request.Seed, request.FirstReplicate);
        _traits = model.Traits(draws);
        _audiences = new AudiencePlanner(request.Network, _traits, request.Attributes, draws);
    }

    /// <summary>
    /// Posts through <paramref name="orders"/> the orders for <paramref name="step"/> of the
    /// <paramref name="running"/> replicates, given the replicates in which the brand relayed somebody
    /// the step before, with how many.
    /// </summary>
    public async Task PostAsync(OrderBuffer orders, int step, int[] running, (int Replicate, int Posts)[] relayed)
    {
        if (step == 1 && _request.Model.Definition.MayActWithoutMail(_request.Model, _request.Market.Population, _request.Attributes))
        {
            await PostVisitsWithoutMailAsync(orders, step, running);
        }

        var campaigns = _request.Market.Campaigns;
        for (int c = 0; c < campaigns.Count; c++)
        {
            var campaign = campaigns[c];
            if (step >= campaign.At && step <= campaign.Until)
            {
                int kind = campaign.Valence == Valence.Negative ? LetterKind.NegativeBroadcast : LetterKind.PositiveBroadcast;
                foreach (int replicate in running)
                {
                    await PostBroadcastAsync(orders, campaign.Audience, c, kind, step, replicate);
                }
            }
        }

        foreach (var (replicate, posts) in relayed)
        {
            var audience = _request.Market.Brand.Audience.ForPosts(posts);
            await PostBroadcastAsync(orders, audience, _request.Market.RelayCampaign, LetterKind.PositiveBroadcast, step, replicate);
        }

        await orders.FlushAsync();
    }

    private async Task PostBroadcastAsync(OrderBuffer orders, AudienceSettings audience, int number, int kind, int step, int replicate)
    {
        _reached.Clear();
        _audiences.Reached(audience, number, replicate, step, _reached);
        foreach (int node in _reached)
        {
            await orders.AddAsync(node, replicate, number, kind);
        }
    }

    private async Task PostVisitsWithoutMailAsync(OrderBuffer orders, int step, int[] running)
    {
        var network = _request.Network;
        for (int node = 0; node < network.NodeCount; node++)
        {
            int inDegree = network.InDegree(node);
            if (inDegree == 0)
            {
                continue;
            }

            var fixedValues = _request.Attributes.For(node);
            foreach (int replicate in running)
            {
                if (_request.Model.Definition.ActsWithoutMail(_traits, fixedValues, replicate, step, node, inDegree))
                {
                    await orders.AddAsync(node, replicate);
                }
            }
        }
    }
}
