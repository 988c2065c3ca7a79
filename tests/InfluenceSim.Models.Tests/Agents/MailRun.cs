using InfluenceSim.Models.Agents;
using InfluenceSim.Models.Randomness;

namespace InfluenceSim.Models.Tests.Agents;

/// <summary>
/// Drives one block of a scenario's nodes and, beside it, one single-node agent per node (as node
/// grains hold them) through the same random mail, as the hosts do: seeds at step 0, then each
/// step a random share of the nodes receive letters (or a bare visit) and every node that asked
/// for a visit is visited; each considered node then sends. Every verdict, credit and outbox of
/// the block must equal the single-node agent's; <see cref="Happened"/> names what occurred.
/// </summary>
internal sealed class MailRun
{
    private static readonly int[] KindWeights = [0, 40, 20, 10, 20, 10];

    private readonly BlockScenario _scenario;
    private readonly Random _random;
    private readonly AgentBlock _block;
    private readonly NodeAgent[] _agents;
    private readonly Outbox _blockOutbox = new();
    private readonly Outbox _agentOutbox = new();
    private readonly bool[] _revisit;

    public MailRun(BlockScenario scenario, int seed)
    {
        _scenario = scenario;
        _random = new Random(seed);
        var model = scenario.Adoption;
        var draws = new Draws(seed);
        _block = model.CreateBlock(scenario.First, NetworkTies.Range(scenario.Network, scenario.First, scenario.Count), draws, Market.FixedValueTable.Of(scenario.Attributes, scenario.First), scenario.Lanes, scenario.FirstReplicate);
        _agents = [.. Enumerable.Range(scenario.First, scenario.Count).Select(node =>
            model.CreateAgent(node, NetworkTies.OfNode(scenario.Network, node), draws, scenario.Attributes.For(node), scenario.FirstReplicate + scenario.Lanes))];
        _revisit = new bool[scenario.Count * scenario.Lanes];
    }

    public HashSet<string> Happened { get; } = [];

    public AgentBlock Block => _block;

    public IReadOnlyList<NodeAgent> Agents => _agents;

    public void Run(int steps)
    {
        for (int replicate = _scenario.FirstReplicate; replicate < _scenario.FirstReplicate + _scenario.Lanes; replicate++)
        {
            for (int index = 0; index < _scenario.Count; index++)
            {
                if (_random.NextDouble() < 0.1)
                {
                    Seed(index, replicate);
                }
            }
        }

        for (int step = 1; step <= steps; step++)
        {
            for (int replicate = _scenario.FirstReplicate; replicate < _scenario.FirstReplicate + _scenario.Lanes; replicate++)
            {
                for (int index = 0; index < _scenario.Count; index++)
                {
                    bool mailed = _random.NextDouble() < 0.5;
                    if (mailed || _revisit[Lane(index, replicate)])
                    {
                        Deliver(index, replicate, step, mailed ? LettersFor(index) : []);
                    }
                }
            }
        }
    }

    private void Seed(int index, int replicate)
    {
        bool seeded = _agents[index].AdoptAsSeed(replicate);
        Assert.Equal(seeded, _block.AdoptAsSeed(index, replicate));
        if (seeded)
        {
            Happened.Add("adopt:Seed");
            Send(index, replicate, 0);
        }
    }

    private void Deliver(int index, int replicate, int step, Letter[] letters)
    {
        var agent = _agents[index];
        var verdict = agent.Consider(replicate, step, letters);
        var decision = _block.Consider(index, replicate, step, letters);
        Assert.Equal(verdict, decision.Verdict);
        Assert.Equal(agent.CreditedLetter, decision.CreditedLetter);
        if (verdict == Verdict.Adopted)
        {
            Assert.Equal(agent.LastCause, decision.Cause);
            Happened.Add($"adopt:{decision.Cause}");
        }
        else if (verdict == Verdict.Rejected)
        {
            Happened.Add("reject");
        }

        if (letters.Any(l => LetterKind.IsNegative(l.Kind)) && verdict != Verdict.Settled)
        {
            Happened.Add("negative");
        }

        Assert.Equal(agent.PrescribesAt(replicate, step), _block.PrescribesAt(index, replicate, step));
        Send(index, replicate, step);
    }

    private void Send(int index, int replicate, int step)
    {
        _agents[index].Send(replicate, step, _agentOutbox);
        _block.Send(index, replicate, step, _blockOutbox);
        var sent = OutboxSnapshot.Of(_blockOutbox);
        Assert.Equal(OutboxSnapshot.Of(_agentOutbox), sent);
        _revisit[Lane(index, replicate)] = sent.Revisit;
        Note(sent.Relayed, "relay");
        Note(sent.Suppressed > 0, "suppress");
        Note(sent.Revisit, "revisit");
        Note(_block.Dissatisfied(index, replicate), "dissatisfied");
    }

    private void Note(bool happened, string what)
    {
        if (happened)
        {
            Happened.Add(what);
        }
    }

    /// <summary>Zero to four letters of distinct kind and sender, ordered by kind then sender: social proof from in-ties, prescriptions from any node, broadcasts of any campaign.</summary>
    private Letter[] LettersFor(int index)
    {
        int node = _scenario.First + index;
        var inTies = _scenario.Network.InNeighbours(node);
        var letters = new List<Letter>();
        int count = _random.Next(5);
        for (int i = 0; i < count; i++)
        {
            int kind = Kind();
            int sender = kind switch
            {
                LetterKind.SocialProof => inTies.IsEmpty ? -1 : inTies[_random.Next(inTies.Length)],
                LetterKind.PositiveBroadcast or LetterKind.NegativeBroadcast => _random.Next(_scenario.WordOfMouth.Persuasions.Length),
                _ => _random.Next(_scenario.Network.NodeCount),
            };
            if (sender >= 0 && !letters.Any(l => l.Kind == kind && l.Sender == sender))
            {
                letters.Add(new Letter(kind, sender, _random.Next(-1, _scenario.Network.NodeCount), _random.Next(4)));
            }
        }

        return [.. letters.OrderBy(l => l.Kind).ThenBy(l => l.Sender)];
    }

    private int Kind()
    {
        int roll = _random.Next(KindWeights.Sum());
        int kind = 0;
        while (roll >= KindWeights[kind])
        {
            roll -= KindWeights[kind];
            kind++;
        }

        return kind;
    }

    private int Lane(int index, int replicate) => (index * _scenario.Lanes) + replicate - _scenario.FirstReplicate;
}
