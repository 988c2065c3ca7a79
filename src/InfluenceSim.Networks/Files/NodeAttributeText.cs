namespace InfluenceSim.Networks.Files;

/// <summary>The message for a node attribute value that its rule refuses.</summary>
internal static class NodeAttributeText
{
    private const int Shown = 40;

    public static string Refusal(NodeAttributeRule rule, string value)
    {
        string found = value.Length == 0 ? "nothing" : $"'{(value.Length <= Shown ? value : string.Concat(value.AsSpan(0, Shown), "..."))}'";
        return $"expected {rule.Name} to be {rule.Expected}, found {found}";
    }
}
