using System.Globalization;
using System.Xml;

namespace InfluenceSim.Networks.Files;

/// <summary>
/// Reads GraphML (http://graphml.graphdrawing.org) with <see cref="XmlReader"/>, DTDs prohibited:
/// one flat &lt;graph&gt;, nodes by id (their label), edges by source and target, direction from
/// edgedefault, an optional weight from a &lt;key for="edge" attr.name="weight"&gt; and an optional
/// community (<see cref="Network.Communities"/>) from a &lt;key for="node" attr.name="community"&gt;,
/// and the requested node attributes (<see cref="Network.NodeAttributes"/>) from keys of their names.
/// </summary>
public static class GraphMlReader
{
    /// <summary>
    /// Reads a GraphML document. <paramref name="directed"/>, when given, must agree with the
    /// graph's edgedefault; it also stands in for a missing edgedefault. <paramref name="attributes"/>
    /// names the node attributes to read, each checked by its rule. <paramref name="weightsAreProbabilities"/> refuses a weight above 1.
    /// </summary>
    public static Network Read(Stream stream, string sourceName, bool? directed = null, IReadOnlyList<NodeAttributeRule>? attributes = null, bool weightsAreProbabilities = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            IgnoreWhitespace = true,
            MaxCharactersInDocument = NetworkFileLimits.MaxFileBytes,
            CloseInput = false,
        };
        try
        {
            using var xml = XmlReader.Create(stream, settings);
            return new GraphMlParser(xml, sourceName, directed, attributes ?? [], weightsAreProbabilities).Parse();
        }
        catch (XmlException e)
        {
            if (e.Message.Contains("DTD", StringComparison.Ordinal) && FindDoctype(stream) is { } doctype)
            {
                throw new NetworkFileException(sourceName, doctype.Line, doctype.Column, "expected GraphML without a DTD, found a <!DOCTYPE> (DTDs and entity declarations are refused)", e);
            }

            throw new NetworkFileException(sourceName, Math.Max(1, e.LineNumber), Math.Max(1, e.LinePosition), Describe(e), e);
        }
    }

    /// <summary>
    /// Where the DOCTYPE is: XmlReader reports no position for a prohibited DTD, so the start of a
    /// seekable stream is searched again (a DOCTYPE stands in the prolog); null when not found.
    /// </summary>
    private static (int Line, int Column)? FindDoctype(Stream stream)
    {
        if (!stream.CanSeek)
        {
            return null;
        }

        stream.Position = 0;
        using var reader = new StreamReader(stream, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        var prolog = new char[64 * 1024];
        var text = prolog.AsSpan(0, reader.ReadBlock(prolog));
        int at = text.IndexOf("<!DOCTYPE", StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var before = text[..at];
        int lineStart = before.LastIndexOf('\n') + 1;
        return (before.Count('\n') + 1, at - lineStart + 1);
    }

    private static string Describe(XmlException e)
    {
        string suffix = string.Create(CultureInfo.InvariantCulture, $" Line {e.LineNumber}, position {e.LinePosition}.");
        string message = e.Message.EndsWith(suffix, StringComparison.Ordinal) ? e.Message[..^suffix.Length] : e.Message;
        return $"expected well-formed XML: {message}";
    }
}
