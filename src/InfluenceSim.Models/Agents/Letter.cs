namespace InfluenceSim.Models.Agents;

/// <summary>One entry of a node's mail at a step: its <see cref="LetterKind"/>, the sender (a node, or a campaign number), and the root and depth of the sender's adoption.</summary>
public readonly record struct Letter(int Kind, int Sender, int Root, int Depth);
