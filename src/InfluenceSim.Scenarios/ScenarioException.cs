namespace InfluenceSim.Scenarios;

/// <summary>Thrown when a scenario cannot be used; carries every problem found, in file order.</summary>
public sealed class ScenarioException : Exception
{
    public ScenarioException(IReadOnlyList<ScenarioProblem> problems)
        : base(string.Join(Environment.NewLine, problems))
    {
        Problems = problems;
    }

    /// <summary>Every problem found, the scenario file's first (by line and column), then each override's.</summary>
    public IReadOnlyList<ScenarioProblem> Problems { get; }
}
