using InfluenceSim.Models.Agents;
using InfluenceSim.Models.Catalogue;
using InfluenceSim.Models.Randomness;
using InfluenceSim.Networks;

namespace InfluenceSim.Seeding.Influence;

/// <summary>
/// Runs one simulation's cascade to its end over the network's CSR arrays, on top of a set of
/// nodes that already adopted: the final adopters of a monotone rule do not depend on the order in
/// which adoptions are processed, so extending a finished cascade by new seeds gives the cascade
/// of the enlarged seed set. Holds reusable scratch arrays, so one instance serves one thread.
/// </summary>
internal abstract class CascadeRunner
{
    private readonly int[] _frontier;
    private readonly int[] _adoptedMark;
    private int _stamp;

    protected CascadeRunner(Network network)
    {
        Network = network;
        _frontier = new int[network.NodeCount];
        _adoptedMark = new int[network.NodeCount];
    }

    protected Network Network { get; }

    /// <summary>The runner of the model named by <paramref name="model"/> in the run of <paramref name="masterSeed"/>, drawing from <paramref name="estimatorSeed"/>.</summary>
    public static CascadeRunner For(Network network, ModelSettings model, long masterSeed, long estimatorSeed, int simulations) => model.Definition.Greedy(model)?.Process switch
    {
        SpreadProcess.IndependentCascade => new IndependentCascadeRunner(network, TieProbabilities.For(model, new Draws(masterSeed)), model.PrescribingSteps, estimatorSeed),
        SpreadProcess.LinearThreshold => new LinearThresholdRunner(network, model.Distribution("threshold"), estimatorSeed, simulations),
        _ => throw new ArgumentException($"greedy seeding does not support model kind '{model.Kind}'", nameof(model)),
    };

    /// <summary>Whether every simulation has the same outcome (no draw can change it), so one stands for all.</summary>
    public abstract bool Deterministic { get; }

    /// <summary>The nodes that adopt in a simulation whatever the seeds (linear threshold: threshold 0 and an in-tie).</summary>
    public abstract ReadOnlySpan<int> Unprompted(int simulation);

    /// <summary>
    /// Adopts <paramref name="sources"/> on top of <paramref name="adopted"/> and runs the cascade of
    /// <paramref name="simulation"/> to its end; returns how many nodes adopted besides
    /// <paramref name="adopted"/>, and adds them to it when <paramref name="keep"/>.
    /// </summary>
    public int Extend(int simulation, ReadOnlySpan<int> sources, Span<ulong> adopted, bool keep)
    {
        int stamp = NextStamp();
        Begin(simulation, stamp);
        int count = 0;
        foreach (int source in sources)
        {
            if (!AdoptedBits.Has(adopted, source) && _adoptedMark[source] != stamp)
            {
                _adoptedMark[source] = stamp;
                _frontier[count++] = source;
            }
        }

        for (int head = 0; head < count; head++)
        {
            int from = _frontier[head];
            var targets = Network.OutNeighbours(from);
            for (int tie = 0; tie < targets.Length; tie++)
            {
                int to = targets[tie];
                if (!IsAdopted(adopted, to, stamp) && Converts(from, to, tie, adopted, stamp))
                {
                    _adoptedMark[to] = stamp;
                    _frontier[count++] = to;
                }
            }
        }

        if (keep)
        {
            foreach (int node in _frontier.AsSpan(0, count))
            {
                AdoptedBits.Set(adopted, node);
            }
        }

        return count;
    }

    /// <summary>Whether the node is in <paramref name="adopted"/> or adopted in the current extension.</summary>
    protected bool IsAdopted(ReadOnlySpan<ulong> adopted, int node, int stamp) => _adoptedMark[node] == stamp || AdoptedBits.Has(adopted, node);

    /// <summary>Prepares the draws of a simulation; <paramref name="stamp"/> names the extension.</summary>
    protected abstract void Begin(int simulation, int stamp);

    /// <summary>Whether <paramref name="to"/> (out-tie number <paramref name="tie"/> of <paramref name="from"/>), not adopted yet, adopts now that <paramref name="from"/> has.</summary>
    protected abstract bool Converts(int from, int to, int tie, ReadOnlySpan<ulong> adopted, int stamp);

    /// <summary>Forgets every stamp (called when the stamp counter wraps).</summary>
    protected virtual void ClearStamps() => Array.Clear(_adoptedMark);

    private int NextStamp()
    {
        if (_stamp == int.MaxValue)
        {
            ClearStamps();
            _stamp = 0;
        }

        return ++_stamp;
    }
}
