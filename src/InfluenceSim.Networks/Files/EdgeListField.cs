namespace InfluenceSim.Networks.Files;

/// <summary>One field of an edge-list line: its text (unquoted) and its 1-based column.</summary>
internal readonly record struct EdgeListField(string Text, int Column);
