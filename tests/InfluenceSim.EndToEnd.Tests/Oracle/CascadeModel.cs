using InfluenceSim.Models.Market;

namespace InfluenceSim.EndToEnd.Tests.Oracle;

/// <summary>
/// <c>independent-cascade</c>: the adopters of the last <see cref="Steps"/> steps prescribe (+ when
/// satisfied, - when not) with landing weight (p(u, v) x propensity) x credibility, p(u, v) the number
/// <see cref="Probability"/> or, when given, the <see cref="Ties"/> rule's; an open node adopts by
/// broadcast when <c>x &lt; b(v) A(v)</c>, else by prescription when a positive prescription landed and
/// <c>draw(ADOPT, r, t, v, 1) &lt; A(v)</c>, credited to the lowest landing prescriber.
/// </summary>
public sealed record CascadeModel(double Probability, int Steps = 1, double Averting = 0) : OracleModel
{
    /// <summary>The named per-tie rule that replaces <see cref="Probability"/>, or null.</summary>
    public OracleTieRule? Ties { get; init; }

    public override int PrescribingSteps => Steps;

    public override double Aversion => Averting;

    public override bool ReadsSocialProof => false;

    public override Valence? PrescriptionAt(OracleState state, int node, int step) =>
        Prescribes(state, node, step) ? (state.Satisfied[node] ? Valence.Positive : Valence.Negative) : null;

    public override bool SendsPositiveWord(OracleState state, int node, int step) =>
        Prescribes(state, node, step) && state.Satisfied[node];

    public override double LandingWeight(OracleState state, int node, int receiver) =>
        ((Ties is { } ties ? ties.Of(state.Network, state.Draws, node, receiver) : Probability) * state.Traits.Value(Trait.PrescriptionPropensity, node)) * state.Traits.Value(Trait.Credibility, node);

    public override OracleDecision? Decide(OracleState state, OracleInbox inbox, int step, int node)
    {
        double acceptance = state.Acceptance[node];
        if (AdoptionDraw(state, step, node) < BroadcastStrength(state, inbox, node) * acceptance)
        {
            return OracleDecision.ByBroadcast;
        }

        int prescriber = inbox.LowestPositivePrescriber(node);
        return prescriber >= 0 && state.Draws.Draw(OracleDraws.Adopt, state.Replicate, step, node, 1) < acceptance
            ? new OracleDecision(AdoptionCause.Prescription, prescriber)
            : null;
    }

    private bool Prescribes(OracleState state, int node, int step) =>
        state.AdoptedAt[node] >= 0 && state.AdoptedAt[node] <= step && step < state.AdoptedAt[node] + Steps;
}
