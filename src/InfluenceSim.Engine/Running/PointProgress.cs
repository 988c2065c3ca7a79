namespace InfluenceSim.Engine.Running;

/// <summary>Passes a point's progress on, stamped with the point's number and the sweep's size.</summary>
internal sealed class PointProgress(IProgress<RunProgress> inner, int point, int points) : IProgress<RunProgress>
{
    public void Report(RunProgress value) => inner.Report(value with { Point = point, Points = points });
}
