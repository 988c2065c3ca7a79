using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace InfluenceSim.Scenarios.Syntax;

/// <summary>
/// Reads YAML (or JSON) into a <see cref="ScenarioNode"/> tree straight from YamlDotNet's event
/// stream, refusing anchors and aliases, deep nesting, too many nodes and extra documents as soon
/// as they appear, so nothing is ever expanded. Duplicate keys and unknown tags are reported and
/// reading goes on.
/// </summary>
internal sealed class TreeReader
{
    private const string CoreTagPrefix = "tag:yaml.org,2002:";
    private const string StringTag = CoreTagPrefix + "str";
    private const string AnchorsRefused = "YAML anchors and aliases are not allowed";

    private static readonly HashSet<string> CoreTags = [.. new[] { "str", "int", "float", "bool", "null", "seq", "map" }.Select(t => CoreTagPrefix + t)];

    private readonly Scanner _scanner;
    private readonly Parser _parser;
    private readonly string _file;
    private readonly int _columnOffset;
    private readonly ProblemList _problems;
    private readonly int _lastLine;
    private readonly int _endColumn;
    private readonly Stack<(NodeLocation Location, string Kind, char Close)> _openFlows = new();
    private int _nodes;

    private TreeReader(string text, string file, int columnOffset, ProblemList problems)
    {
        _scanner = new Scanner(new StringReader(text));
        _parser = new Parser(_scanner);
        _file = file;
        _columnOffset = columnOffset;
        _problems = problems;
        _lastLine = text.Count(c => c == '\n') + 1;
        _endColumn = text.Length - text.LastIndexOf('\n');
    }

    /// <summary>
    /// Reads the single document of <paramref name="text"/>. Returns false, with the reason added to
    /// <paramref name="problems"/>, when the text is refused; <paramref name="root"/> is null when the
    /// text holds no document. Columns on the first line are shifted by <paramref name="columnOffset"/>.
    /// </summary>
    public static bool TryRead(string text, string file, int columnOffset, ProblemList problems, out ScenarioNode? root)
    {
        var reader = new TreeReader(text, file, columnOffset, problems);
        try
        {
            root = reader.ReadStream();
            return true;
        }
        catch (YamlException ex)
        {
            problems.Add(reader.Locate(ex.Start), $"YAML syntax error: {ex.Message}");
        }
        catch (RefusedException ex)
        {
            problems.Add(ex.Location, ex.Message);
        }

        root = null;
        return false;
    }

    private ScenarioNode? ReadStream()
    {
        Next();
        if (Next() is StreamEnd)
        {
            return null;
        }

        Next();
        var root = ReadNode(0);
        if (Next() is DocumentStart second)
        {
            throw new RefusedException(Locate(second.Start), "a scenario holds one YAML document, found a second one ('---')");
        }

        return root;
    }

    private ScenarioNode ReadNode(int depth)
    {
        var current = _parser.Current!;
        var location = Locate(current.Start);
        if (current is AnchorAlias alias)
        {
            throw new RefusedException(location, $"{AnchorsRefused} (found alias '*{alias.Value}')");
        }

        if (current is NodeEvent { Anchor.IsEmpty: false } anchored)
        {
            throw new RefusedException(location, $"{AnchorsRefused} (found anchor '&{anchored.Anchor.Value}')");
        }

        if (++_nodes > ScenarioLimits.MaxYamlNodes)
        {
            throw new RefusedException(location, $"the scenario has more than {ScenarioLimits.MaxYamlNodes} YAML nodes");
        }

        if (current is not Scalar && depth >= ScenarioLimits.MaxDepth)
        {
            throw new RefusedException(location, $"lists and mappings nested deeper than {ScenarioLimits.MaxDepth} levels");
        }

        string? tag = CheckTag((NodeEvent)current, location);
        return current switch
        {
            Scalar scalar => ReadScalar(scalar, tag, location),
            SequenceStart => ReadSequence(depth, location),
            _ => ReadMapping(depth, location),
        };
    }

    private ScalarNode ReadScalar(Scalar scalar, string? tag, NodeLocation location)
    {
        Next();
        bool plain = tag != StringTag && (scalar.Style == ScalarStyle.Plain || tag is not null);
        return new ScalarNode(location, scalar.Value, plain);
    }

    private SequenceNode ReadSequence(int depth, NodeLocation location)
    {
        var items = new List<ScenarioNode>();
        bool flow = ((SequenceStart)_parser.Current!).Style == SequenceStyle.Flow;
        OpenFlow(flow, location, "list '['", ']');
        Next();
        while (_parser.Current is not SequenceEnd)
        {
            items.Add(ReadNode(depth + 1));
        }

        CloseFlow(flow);
        Next();
        return new SequenceNode(location, items);
    }

    private MappingNode ReadMapping(int depth, NodeLocation location)
    {
        var entries = new List<MappingEntry>();
        var seen = new Dictionary<string, NodeLocation>(StringComparer.Ordinal);
        bool flow = ((MappingStart)_parser.Current!).Style == MappingStyle.Flow;
        OpenFlow(flow, location, "mapping '{'", '}');
        Next();
        while (_parser.Current is not MappingEnd)
        {
            if (_parser.Current is SequenceStart or MappingStart)
            {
                throw new RefusedException(Locate(_parser.Current.Start), "a key must be a scalar, not a list or a mapping");
            }

            var key = (ScalarNode)ReadNode(depth + 1);

            var value = ReadNode(depth + 1);

            if (seen.TryGetValue(key.Value, out var first))
            {
                _problems.Add(key.Location, $"duplicate key '{key.Value}' (first given at line {first.Line}, column {first.Column})");
            }
            else
            {
                seen.Add(key.Value, key.Location);
                entries.Add(new MappingEntry(key, value));
            }
        }

        CloseFlow(flow);
        Next();
        return new MappingNode(location, entries);
    }

    private string? CheckTag(NodeEvent node, NodeLocation location)
    {
        if (node.Tag.IsEmpty || node.Tag.IsNonSpecific)
        {
            return null;
        }

        string tag = node.Tag.Value;
        if (!CoreTags.Contains(tag))
        {
            _problems.Add(location, $"unsupported YAML tag '{tag}' (only YAML's core tags such as !!str are allowed)");
        }

        return tag;
    }

    private void OpenFlow(bool flow, NodeLocation location, string kind, char close)
    {
        if (flow)
        {
            _openFlows.Push((location, kind, close));
        }
    }

    private void CloseFlow(bool flow)
    {
        if (flow)
        {
            _openFlows.Pop();
        }
    }

    /// <summary>
    /// The next parsing event. YamlDotNet throws plain .NET exceptions (not only <see cref="YamlException"/>)
    /// on some malformed texts, such as a flow mapping left open before a block key; each becomes a
    /// syntax error at the scanner's position, naming the flow collection still open if there is one.
    /// </summary>
    private ParsingEvent Next()
    {
        bool moved;
        try
        {
            moved = _parser.MoveNext();
        }
        catch (Exception e) when (e is not (YamlException or OutOfMemoryException))
        {
            throw new RefusedException(Locate(_scanner.CurrentPosition), $"YAML syntax error: {Unreadable()}");
        }

        if (!moved)
        {
            throw new YamlException("unexpected end of the YAML stream");
        }

        return _parser.Current!;
    }

    private string Unreadable()
    {
        if (_openFlows.TryPeek(out var open))
        {
            return $"the flow {open.Kind} opened at line {open.Location.Line}, column {open.Location.Column} is not closed (expected ',' or '{open.Close}' before this point)";
        }

        return "this text cannot be read as YAML";
    }

    private NodeLocation Locate(Mark mark)
    {
        int line = (int)Math.Clamp(mark.Line, 1, _lastLine);
        int column = line < mark.Line ? _endColumn : (int)Math.Clamp(mark.Column, 1, int.MaxValue);
        return new NodeLocation(_file, line, line == 1 ? column + _columnOffset : column);
    }
}
