namespace InfluenceSim.Networks.Files;

/// <summary>
/// A node attribute a network file may carry (a GraphML data key or a node-file column named
/// <see cref="Name"/>, compared case-insensitively): its values are kept as text when
/// <see cref="Accepts"/> allows them, and refused as "expected NAME to be <see cref="Expected"/>" otherwise.
/// </summary>
public sealed record NodeAttributeRule(string Name, string Expected, Func<string, bool> Accepts);
