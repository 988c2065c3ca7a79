using InfluenceSim.Abstractions.Messages;

namespace InfluenceSim.Grains.Nodes;

/// <summary>Accumulates a node's adoptions and outgoing mail for one step.</summary>
internal sealed class StepReportBuilder(int outDegree)
{
    private readonly List<int> _adopted = [];
    private readonly List<int> _credits = [];
    private readonly List<int> _roots = [];
    private readonly List<int> _depths = [];
    private readonly List<int> _mailTargets = [];
    private readonly List<int> _mailReplicates = [];

    public void AddAdoption(int replicate, int credit, int root, int depth)
    {
        _adopted.Add(replicate);
        _credits.Add(credit);
        _roots.Add(root);
        _depths.Add(depth);
    }

    public void AddMail(List<int> targets, int replicate)
    {
        _mailTargets.AddRange(targets);
        for (int i = 0; i < targets.Count; i++)
        {
            _mailReplicates.Add(replicate);
        }
    }

    public StepReport Build() => new([.. _adopted], [.. _credits], [.. _roots], [.. _depths], outDegree, [.. _mailTargets], [.. _mailReplicates]);
}
