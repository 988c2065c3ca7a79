using System.Xml;

namespace InfluenceSim.Networks.Files;

/// <summary>
/// The state of one GraphML read: the weight key, the graph's direction, the ties, and which
/// labels were declared by a &lt;node&gt; (edges may name a node before or after it is declared).
/// </summary>
internal sealed class GraphMlParser(XmlReader xml, string sourceName, bool? requestedDirected, IReadOnlyList<NodeAttributeRule> attributes, bool weightsAreProbabilities)
{
    private readonly IXmlLineInfo _info = (IXmlLineInfo)xml;
    private readonly List<bool> _declared = [];
    private readonly Dictionary<int, (int Line, int Column)> _undeclared = [];
    private readonly GraphMlCommunities _communities = new(sourceName);
    private readonly GraphMlAttributes _attributes = new(sourceName, attributes);
    private TieCollector? _ties;
    private int _graphDepth;
    private string? _weightKey;
    private double _defaultWeight = 1.0;

    public Network Parse()
    {
        xml.MoveToContent();
        if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "graphml")
        {
            throw Error(ElementPosition(), $"expected the root element <graphml>, found <{xml.LocalName}>");
        }

        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element)
            {
                ReadElement();
            }
        }

        if (_ties is null)
        {
            throw new NetworkFileException(sourceName, 0, 0, "expected a <graph> element, found none");
        }

        if (_undeclared.Count > 0)
        {
            var (id, where) = _undeclared.MinBy(pair => pair.Value);
            throw Error(where, $"expected every node of an edge to be declared by a <node>, found no <node id=\"{_ties.LabelOf(id)}\">");
        }

        if (_ties.NodeCount == 0)
        {
            throw new NetworkFileException(sourceName, 0, 0, "expected at least one <node>, found none");
        }

        return _attributes.Attach(_communities.Attach(_ties.Build()));
    }

    private void ReadElement()
    {
        switch (xml.LocalName)
        {
            case "key":
                ReadKey();
                break;
            case "graph":
                ReadGraph();
                break;
            case "node":
                ReadNode();
                break;
            case "edge":
                ReadEdge();
                break;
            case "hyperedge":
                throw Error(ElementPosition(), "expected <node> and <edge> elements, found a <hyperedge> (not supported)");
            default:
                break;
        }
    }

    private void ReadKey()
    {
        if (_ties is not null)
        {
            throw Error(ElementPosition(), "expected <key> elements before the <graph>, found one after it");
        }

        string? kind = xml.GetAttribute("for");
        if (GraphMlCommunities.IsCommunityKey(kind, xml.GetAttribute("attr.name")))
        {
            ReadCommunityKey();
            return;
        }

        if (_attributes.RuleFor(kind, xml.GetAttribute("attr.name")) is { } rule)
        {
            ReadAttributeKey(rule);
            return;
        }

        bool isWeight = kind is "edge" or "all" && string.Equals(xml.GetAttribute("attr.name"), "weight", StringComparison.OrdinalIgnoreCase);
        if (!isWeight)
        {
            return;
        }

        _weightKey = xml.GetAttribute("id") ?? throw Error(ElementPosition(), "expected an id attribute on the weight <key>, found none");
        ReadChildren(() =>
        {
            if (xml.LocalName != "default")
            {
                return false;
            }

            var where = ElementPosition();
            _defaultWeight = WeightText.Parse(xml.ReadElementContentAsString().Trim(), sourceName, where.Line, where.Column);
            return true;
        });
    }

    private void ReadCommunityKey()
    {
        _communities.DeclareKey(xml.GetAttribute("id") ?? throw Error(ElementPosition(), "expected an id attribute on the community <key>, found none"));
        ReadChildren(() =>
        {
            if (xml.LocalName != "default")
            {
                return false;
            }

            var where = ElementPosition();
            _communities.SetDefault(xml.ReadElementContentAsString(), where.Line, where.Column);
            return true;
        });
    }

    private void ReadAttributeKey(NodeAttributeRule rule)
    {
        var where = ElementPosition();
        string id = xml.GetAttribute("id") ?? throw Error(where, $"expected an id attribute on the {rule.Name} <key>, found none");
        _attributes.DeclareKey(id, rule, where.Line, where.Column);
        ReadChildren(() =>
        {
            if (xml.LocalName != "default")
            {
                return false;
            }

            var defaultWhere = ElementPosition();
            _attributes.SetDefault(id, xml.ReadElementContentAsString(), defaultWhere.Line, defaultWhere.Column);
            return true;
        });
    }

    private void ReadGraph()
    {
        var where = ElementPosition();
        if (_ties is not null)
        {
            throw Error(where, "expected one <graph>, found another (several or nested graphs are not supported)");
        }

        if (xml.Depth != 1)
        {
            throw Error(where, "expected the <graph> directly inside <graphml>");
        }

        string? edgeDefault = xml.GetAttribute("edgedefault");
        var attributeWhere = AttributePosition("edgedefault");
        bool directed = edgeDefault switch
        {
            "directed" => true,
            "undirected" => false,
            null => requestedDirected ?? throw Error(where, "expected edgedefault=\"directed\" or \"undirected\" on <graph> (GraphML requires it), found none"),
            _ => throw Error(attributeWhere, $"expected edgedefault=\"directed\" or \"undirected\", found \"{edgeDefault}\""),
        };
        if (edgeDefault is not null && requestedDirected is { } requested && requested != directed)
        {
            throw Error(attributeWhere, $"expected edgedefault to agree with directed: {(requested ? "true" : "false")}, found edgedefault=\"{edgeDefault}\"");
        }

        _ties = new TieCollector(sourceName, directed, weightsAreProbabilities);
        _graphDepth = xml.Depth;
    }

    private void ReadNode()
    {
        var ties = RequireGraphChild("node");
        var where = AttributePosition("id");
        string label = xml.GetAttribute("id") ?? throw Error(ElementPosition(), "expected an id attribute on <node>, found none");
        int id = ties.IdOf(label, where.Line, where.Column);
        if (id == _declared.Count)
        {
            _declared.Add(true);
        }
        else if (_declared[id])
        {
            throw Error(where, $"expected each node once, found a second <node id=\"{label}\">");
        }
        else
        {
            _declared[id] = true;
            _undeclared.Remove(id);
        }

        var nodeWhere = ElementPosition();
        int? community = null;
        ReadChildren(() =>
        {
            string? key = xml.LocalName == "data" ? xml.GetAttribute("key") : null;
            var dataWhere = ElementPosition();
            if (key is not null && key == _communities.KeyId)
            {
                community = _communities.Parse(xml.ReadElementContentAsString(), dataWhere.Line, dataWhere.Column);
                return true;
            }

            if (_attributes.IsKey(key))
            {
                _attributes.Record(id, key!, xml.ReadElementContentAsString(), dataWhere.Line, dataWhere.Column);
                return true;
            }

            return false;
        });
        if (_communities.KeyId is not null)
        {
            _communities.Record(id, label, community, nodeWhere.Line, nodeWhere.Column);
        }
    }

    private void ReadEdge()
    {
        var ties = RequireGraphChild("edge");
        var where = ElementPosition();
        string? directedText = xml.GetAttribute("directed");
        if (directedText is not null && directedText != (ties.Directed ? "true" : "false"))
        {
            throw Error(AttributePosition("directed"), $"expected every edge to follow edgedefault (mixed graphs are not supported), found directed=\"{directedText}\"");
        }

        int source = ReadEndpoint(ties, "source");
        int target = ReadEndpoint(ties, "target");
        double weight = _defaultWeight;
        ReadChildren(() =>
        {
            if (xml.LocalName != "data" || _weightKey is null || xml.GetAttribute("key") != _weightKey)
            {
                return false;
            }

            var dataWhere = ElementPosition();
            weight = WeightText.Parse(xml.ReadElementContentAsString().Trim(), sourceName, dataWhere.Line, dataWhere.Column);
            return true;
        });
        ties.AddTie(source, target, weight, where.Line, where.Column);
    }

    private int ReadEndpoint(TieCollector ties, string attribute)
    {
        var where = AttributePosition(attribute);
        string label = xml.GetAttribute(attribute) ?? throw Error(ElementPosition(), $"expected a {attribute} attribute on <edge>, found none");
        int id = ties.IdOf(label, where.Line, where.Column);
        if (id == _declared.Count)
        {
            _declared.Add(false);
            _undeclared.Add(id, where);
        }

        return id;
    }

    private TieCollector RequireGraphChild(string element)
    {
        if (_ties is null || xml.Depth != _graphDepth + 1)
        {
            throw Error(ElementPosition(), $"expected <{element}> directly inside the <graph>");
        }

        return _ties;
    }

    /// <summary>
    /// Visits the descendants of the current element, refusing nested graphs. <paramref name="child"/>
    /// sees each direct child element and returns true when it consumed it. Ends on the end tag.
    /// </summary>
    private void ReadChildren(Func<bool> child)
    {
        if (xml.IsEmptyElement)
        {
            return;
        }

        int depth = xml.Depth;
        bool more = xml.Read();
        while (more && xml.Depth > depth)
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName is "graph" or "hyperedge")
            {
                throw Error(ElementPosition(), $"expected a flat graph, found a nested <{xml.LocalName}> (not supported)");
            }

            bool consumed = xml.NodeType == XmlNodeType.Element && xml.Depth == depth + 1 && child();
            more = consumed || xml.Read();
        }
    }

    private (int Line, int Column) ElementPosition() => (_info.LineNumber, Math.Max(1, _info.LinePosition - 1));

    private (int Line, int Column) AttributePosition(string attribute)
    {
        if (!xml.MoveToAttribute(attribute))
        {
            return ElementPosition();
        }

        var where = (_info.LineNumber, _info.LinePosition);
        xml.MoveToElement();
        return where;
    }

    private NetworkFileException Error((int Line, int Column) where, string problem) =>
        new(sourceName, where.Line, where.Column, problem);
}
