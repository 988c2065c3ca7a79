using System.Text;
using InfluenceSim.Abstractions.Grains;

namespace InfluenceSim.Grains.Nodes;

/// <summary>
/// Makes the references to one run's node grains. Orleans' <c>GetGrain&lt;T&gt;(long, string)</c> resolves the
/// interface's type from its name at every call (a parse of the type's name, about 0.7 KB allocated per
/// node; docs/performance.md); here the grain and interface types are taken once from the first reference
/// and the run id is encoded once, so each further reference costs only its key.
/// </summary>
internal sealed class NodeGrainReferences
{
    private readonly IGrainFactory _grains;
    private readonly GrainType _type;
    private readonly GrainInterfaceType _interface;
    private readonly byte[] _runId;

    /// <summary>The references to the node grains of run <paramref name="runId"/>.</summary>
    public NodeGrainReferences(IGrainFactory grains, string runId)
    {
        var first = (GrainReference)grains.GetGrain<INodeGrain>(0, runId);
        _grains = grains;
        _type = first.GrainId.Type;
        _interface = first.InterfaceType;
        _runId = Encoding.UTF8.GetBytes(runId);
    }

    /// <summary>The reference to node <paramref name="node"/>'s grain: the one <c>GetGrain&lt;INodeGrain&gt;(node, runId)</c> gives.</summary>
    public INodeGrain Of(int node) => (INodeGrain)_grains.GetGrain(GrainId.Create(_type, Key(node, _runId)), _interface);

    /// <summary>The key of node <paramref name="node"/>'s grain in the run whose id is <paramref name="runId"/> (UTF-8).</summary>
    public static IdSpan Key(int node, ReadOnlySpan<byte> runId) => GrainIdKeyExtensions.CreateIntegerKey(node, runId);
}
