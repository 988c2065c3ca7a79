using System.Globalization;
using System.Text;
using System.Xml;
using InfluenceSim.Files;

namespace InfluenceSim.Networks.Files;

/// <summary>
/// Writes a network as GraphML that <see cref="GraphMlReader"/> reads back: every node in id order
/// (so ids survive a round trip), ties as edges (an undirected tie once, lower id first), a
/// "weight" key when some tie is not 1, a "community" node key when the network has communities,
/// and a string node key for each node attribute (traits, segment), data only where a node has a value.
/// </summary>
public static class GraphMlWriter
{
    /// <summary>The GraphML namespace.</summary>
    public const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    /// <summary>Writes <paramref name="network"/> to <paramref name="stream"/> as UTF-8.</summary>
    public static void Write(Network network, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(network);
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            Indent = true,
            NewLineChars = "\n",
            CloseOutput = false,
        };
        using var xml = XmlWriter.Create(stream, settings);
        bool weighted = !network.Unweighted;
        xml.WriteStartDocument();
        xml.WriteStartElement("graphml", Namespace);
        if (weighted)
        {
            WriteKey(xml, "weight", "edge", "double");
        }

        var communities = network.Communities;
        if (communities is not null)
        {
            WriteKey(xml, GraphMlCommunities.AttributeName, "node", "int");
        }

        var attributes = network.NodeAttributes.OrderBy(a => a.Key, StringComparer.Ordinal).ToArray();
        foreach (var (name, _) in attributes)
        {
            WriteKey(xml, name, "node", "string");
        }

        xml.WriteStartElement("graph", Namespace);
        xml.WriteAttributeString("id", "G");
        xml.WriteAttributeString("edgedefault", network.Directed ? "directed" : "undirected");
        for (int node = 0; node < network.NodeCount; node++)
        {
            xml.WriteStartElement("node", Namespace);
            xml.WriteAttributeString("id", network.LabelOf(node));
            if (communities is not null)
            {
                xml.WriteStartElement("data", Namespace);
                xml.WriteAttributeString("key", GraphMlCommunities.AttributeName);
                xml.WriteString(communities[node].ToString(CultureInfo.InvariantCulture));
                xml.WriteEndElement();
            }

            foreach (var (name, values) in attributes)
            {
                if (values[node] is { } value)
                {
                    xml.WriteStartElement("data", Namespace);
                    xml.WriteAttributeString("key", name);
                    xml.WriteString(value);
                    xml.WriteEndElement();
                }
            }

            xml.WriteEndElement();
        }

        foreach (var (source, target, weight) in network.Ties())
        {
            if (!network.Directed && target < source)
            {
                continue;
            }

            xml.WriteStartElement("edge", Namespace);
            xml.WriteAttributeString("source", network.LabelOf(source));
            xml.WriteAttributeString("target", network.LabelOf(target));
            if (weighted)
            {
                xml.WriteStartElement("data", Namespace);
                xml.WriteAttributeString("key", "weight");
                xml.WriteString(weight.ToString("R", CultureInfo.InvariantCulture));
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void WriteKey(XmlWriter xml, string name, string kind, string type)
    {
        xml.WriteStartElement("key", Namespace);
        xml.WriteAttributeString("id", name);
        xml.WriteAttributeString("for", kind);
        xml.WriteAttributeString("attr.name", name);
        xml.WriteAttributeString("attr.type", type);
        xml.WriteEndElement();
    }

    /// <summary>Writes a GraphML file, whole or not at all.</summary>
    public static void WriteFile(Network network, string path) => AtomicFile.Write(path, stream => Write(network, stream));
}
