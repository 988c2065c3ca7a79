using InfluenceSim.Abstractions.Messages;

namespace InfluenceSim.Grains.Nodes;

/// <summary>Accumulates a node's adoptions, prescriptions, outgoing mail and revisits for one step.</summary>
internal sealed class StepReportBuilder(int outDegree)
{
    private readonly List<int> _adopted = [];
    private readonly List<int> _credits = [];
    private readonly List<int> _roots = [];
    private readonly List<int> _depths = [];
    private readonly List<int> _prescribed = [];
    private readonly List<int> _prescribedRoots = [];
    private readonly List<int> _prescribedDepths = [];
    private readonly List<int> _mailTargets = [];
    private readonly List<int> _mailReplicates = [];
    private readonly List<int> _revisits = [];

    public void AddAdoption(int replicate, int credit, int root, int depth)
    {
        _adopted.Add(replicate);
        _credits.Add(credit);
        _roots.Add(root);
        _depths.Add(depth);
    }

    /// <summary>Records a prescription in <paramref name="replicate"/> and the mail it sends (to the prescriber's chosen targets).</summary>
    public void AddPrescription(int replicate, int root, int depth, List<int> targets)
    {
        _prescribed.Add(replicate);
        _prescribedRoots.Add(root);
        _prescribedDepths.Add(depth);
        _mailTargets.AddRange(targets);
        for (int i = 0; i < targets.Count; i++)
        {
            _mailReplicates.Add(replicate);
        }
    }

    public void AddRevisit(int replicate) => _revisits.Add(replicate);

    public StepReport Build() => new(
        [.. _adopted], [.. _credits], [.. _roots], [.. _depths], outDegree, [.. _mailTargets], [.. _mailReplicates], [.. _prescribed], [.. _prescribedRoots], [.. _prescribedDepths], [.. _revisits]);
}
