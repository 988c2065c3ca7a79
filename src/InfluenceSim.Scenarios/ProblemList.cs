using InfluenceSim.Scenarios.Syntax;

namespace InfluenceSim.Scenarios;

/// <summary>Collects the problems of one load, to be reported all at once.</summary>
internal sealed class ProblemList
{
    private readonly List<ScenarioProblem> _items = [];

    public int Count => _items.Count;

    public void Add(NodeLocation at, string message) => _items.Add(new ScenarioProblem(at.File, at.Line, at.Column, message));

    /// <summary>The problems grouped by file in the order of <paramref name="files"/>, each file's by line and column.</summary>
    public IReadOnlyList<ScenarioProblem> Ordered(IReadOnlyList<string> files) =>
        [.. _items
            .Select((problem, index) => (problem, index))
            .OrderBy(p => Rank(files, p.problem.File))
            .ThenBy(p => p.problem.Line)
            .ThenBy(p => p.problem.Column)
            .ThenBy(p => p.index)
            .Select(p => p.problem)];

    private static int Rank(IReadOnlyList<string> files, string file)
    {
        for (int i = 0; i < files.Count; i++)
        {
            if (files[i] == file)
            {
                return i;
            }
        }

        return files.Count;
    }
}
