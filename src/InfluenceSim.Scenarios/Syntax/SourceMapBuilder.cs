namespace InfluenceSim.Scenarios.Syntax;

/// <summary>Builds the <see cref="SourceMap"/> of a scenario tree (after overrides).</summary>
internal static class SourceMapBuilder
{
    public static SourceMap Build(string file, MappingNode root)
    {
        var positions = new Dictionary<string, SourcePosition>(StringComparer.Ordinal);
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in root.Entries)
        {
            Visit(entry.Value, entry.Key.Value, entry.Key.Location, file, positions, files);
        }

        return new SourceMap(file, positions, files);
    }

    private static void Visit(ScenarioNode node, string path, NodeLocation? key, string file, Dictionary<string, SourcePosition> positions, Dictionary<string, string> files)
    {
        var at = node is ScalarNode || key is null ? node.Location : key.Value;
        positions[path] = at.Position;
        if (at.File != file)
        {
            files[path] = at.File;
        }

        if (node is MappingNode mapping)
        {
            foreach (var entry in mapping.Entries)
            {
                Visit(entry.Value, $"{path}.{entry.Key.Value}", entry.Key.Location, file, positions, files);
            }
        }
        else if (node is SequenceNode list)
        {
            for (int i = 0; i < list.Items.Count; i++)
            {
                Visit(list.Items[i], $"{path}[{i}]", null, file, positions, files);
            }
        }
    }
}
