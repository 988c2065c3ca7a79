namespace InfluenceSim.Models.Agents;

/// <summary>
/// The consumer role of a block's nodes (docs/architecture.md "Roles"): a node receives the brand's
/// broadcasts, its ties' prescriptions and the visible choices of its in-ties.
/// </summary>
public interface IConsumerRole
{
    /// <summary>
    /// Receives the letters of node <paramref name="index"/> at one step of a replicate (ordered by
    /// kind, then sender; empty when only a visit reached it): a settled node ignores them
    /// (<see cref="Verdict.Settled"/>); otherwise it takes note of its in-ties' choices and of the
    /// negative messages, which may make it reject (<see cref="Verdict.Rejected"/>), and is left
    /// <see cref="Verdict.Undecided"/> for its actor to decide.
    /// </summary>
    Verdict Receive(int index, int replicate, int step, ReadOnlySpan<Letter> letters);
}
