using System.Collections.Concurrent;
using InfluenceSim.Abstractions.Messages;
using InfluenceSim.Models.Agents;
using InfluenceSim.Models.Market;
using InfluenceSim.Models.Randomness;

namespace InfluenceSim.Grains.Nodes;

/// <summary>
/// What every node grain of one partition of a run shares on the partition's silo (docs/architecture.md
/// "Hostings"): the configured model, the run's draws and traits, what the nodes record, and the
/// partition's slice in chunks as it arrives (<see cref="TieChunk"/>). A node grain keeps only its own
/// per-replicate state and a view of its row of ties; everything else is held here once.
/// </summary>
internal sealed class NodeGrainShare
{
    private readonly ConcurrentDictionary<int, TieChunk> _chunks = new();
    private readonly AdoptionModel _model;
    private readonly Draws _draws;
    private readonly PopulationTraits _traits;
    private readonly double _aversion;

    /// <summary>The share of the partition whose nodes all join with <paramref name="setup"/>.</summary>
    public NodeGrainShare(NodeSetup setup)
    {
        _model = new(setup.Model, setup.Population, setup.WordOfMouth);
        _draws = new Draws(setup.Seed, setup.FirstReplicate);
        _traits = _model.Traits(_draws);
        _aversion = _model.Aversion;
        Replicates = setup.Replicates;
        RecordEvents = setup.RecordEvents;
        RecordNode = setup.RecordNode;
    }

    /// <summary>How many replicate lanes each node carries.</summary>
    public int Replicates { get; }

    /// <summary>Whether the nodes record the letters they receive.</summary>
    public bool RecordEvents { get; }

    /// <summary>Whether the nodes keep their per-replicate record for the per-node table.</summary>
    public bool RecordNode { get; }

    /// <summary>Whether negative messages may make a node reject.</summary>
    public bool Averse => _aversion > 0;

    /// <summary>The reports the partition lends its nodes for their answers.</summary>
    public LentReports Reports { get; } = new();

    /// <summary>Keeps <paramref name="chunk"/> as chunk number <paramref name="number"/> of the partition's slice.</summary>
    public void Add(int number, TieChunk chunk)
    {
        if (!_chunks.TryAdd(number, chunk))
        {
            throw new InvalidOperationException($"chunk {number} of the partition's slice has already joined");
        }
    }

    /// <summary>Chunk number <paramref name="number"/> of the partition's slice.</summary>
    public TieChunk Chunk(int number) =>
        _chunks.TryGetValue(number, out var chunk) ? chunk : throw new InvalidOperationException($"chunk {number} of the partition's slice is not on this silo");

    /// <summary>The agents of <paramref name="node"/>, a block of that node alone over every replicate, viewing its row of <paramref name="chunk"/>.</summary>
    public AgentBlock CreateBlock(int node, TieChunk chunk)
    {
        var context = new AgentContext(chunk.Ties(node), _draws, _traits, chunk.FixedValues(node), _model.WordOfMouth, _aversion);
        return _model.Settings.Definition.CreateBlock(_model.Settings, context, node, Replicates, 0);
    }
}
