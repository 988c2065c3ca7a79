using InfluenceSim.Models.Market;

namespace InfluenceSim.EndToEnd.Tests.Oracle;

/// <summary>A model's rules for one step t &gt;= 1 of one replicate: who prescribes, what it reads, how negative messages weigh and how a node decides.</summary>
public abstract record OracleModel
{
    /// <summary>How many steps an adopter prescribes for, from its adoption step (independent cascade's L).</summary>
    public virtual int PrescribingSteps => 1;

    /// <summary>How much each negative message weighs (0 for a model without the parameter).</summary>
    public virtual double Aversion => 0;

    /// <summary>Whether the model is sent social proof.</summary>
    public virtual bool ReadsSocialProof => true;

    /// <summary>Whether adopters can be dissatisfied (complex contagion ignores satisfaction: every adopter is satisfied).</summary>
    public virtual bool UsesSatisfaction => true;

    /// <summary>Trait 0's law when the population does not set it.</summary>
    public virtual OracleThreshold DefaultThreshold => new ConstantThreshold(0);

    /// <summary>The valence of what <paramref name="node"/> prescribes at <paramref name="step"/>, or null when it does not prescribe: by default a dissatisfied adopter, negatively, at its adoption step.</summary>
    public virtual Valence? PrescriptionAt(OracleState state, int node, int step) =>
        state.AdoptedAt[node] == step && !state.Satisfied[node] ? Valence.Negative : null;

    /// <summary>Whether <paramref name="node"/> sends positive word at <paramref name="step"/> (what the brand may relay): by default a satisfied adopter of the step.</summary>
    public virtual bool SendsPositiveWord(OracleState state, int node, int step) =>
        state.AdoptedAt[node] == step && state.Satisfied[node];

    /// <summary>The landing weight w(u, v) of <paramref name="node"/>'s prescriptions to <paramref name="receiver"/>: by default propensity x credibility.</summary>
    public virtual double LandingWeight(OracleState state, int node, int receiver) =>
        state.Traits.Value(Trait.PrescriptionPropensity, node) * state.Traits.Value(Trait.Credibility, node);

    /// <summary>One negative message acts on <paramref name="node"/>: by default its acceptance is multiplied by (1 - aversion).</summary>
    public virtual void Avert(OracleState state, int node) => state.Acceptance[node] *= 1 - Aversion;

    /// <summary>Whether <paramref name="node"/> rejects: acceptance 0 or threshold above 1.</summary>
    public static bool Rejects(OracleState state, int node) => state.Acceptance[node] == 0 || state.Threshold[node] > 1;

    /// <summary>Whether <paramref name="node"/>, open at the end of step - 1 and not rejecting, adopts at <paramref name="step"/>, and why.</summary>
    public abstract OracleDecision? Decide(OracleState state, OracleInbox inbox, int step, int node);

    /// <summary>Whether the model itself keeps the replicate going after a quiet step (bass's imitation).</summary>
    public virtual bool Pending(OracleState state) => false;

    /// <summary>b(v): the greatest persuasion of the positive broadcasts reaching <paramref name="node"/> times its susceptibility.</summary>
    protected static double BroadcastStrength(OracleState state, OracleInbox inbox, int node) =>
        inbox.Persuasion(node) * state.Traits.Value(Trait.BroadcastSusceptibility, node);

    /// <summary>x = draw(ADOPT, r, t, v, 0).</summary>
    protected static double AdoptionDraw(OracleState state, int step, int node) =>
        state.Draws.Draw(OracleDraws.Adopt, state.Replicate, step, node, 0);
}
