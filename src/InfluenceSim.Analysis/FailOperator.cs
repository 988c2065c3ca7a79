namespace InfluenceSim.Analysis;

/// <summary>The test of a <c>--fail-if</c> condition.</summary>
public enum FailOperator
{
    /// <summary><c>difference&gt;X</c>: B - A is above X.</summary>
    DifferenceAbove,

    /// <summary><c>difference&lt;X</c>: B - A is below X.</summary>
    DifferenceBelow,

    /// <summary><c>abs-difference&gt;X</c>: |B - A| is above X.</summary>
    AbsoluteDifferenceAbove,

    /// <summary><c>p&lt;X</c>: the preferred test's p-value is below X.</summary>
    PBelow,
}
