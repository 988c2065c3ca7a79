using System.Text;

namespace InfluenceSim.Networks.Files;

/// <summary>
/// Reads lines (ended by LF or CRLF) like <see cref="TextReader.ReadLine"/>, but refuses a line
/// longer than <see cref="NetworkFileLimits.MaxLineLength"/> or a text longer than
/// <see cref="NetworkFileLimits.MaxFileBytes"/> characters, before holding it in memory.
/// </summary>
internal sealed class BoundedLineReader(TextReader reader, string sourceName)
{
    private readonly char[] _buffer = new char[64 * 1024];
    private readonly StringBuilder _line = new();
    private int _position;
    private int _length;
    private long _total;

    /// <summary>1-based number of the line last returned.</summary>
    public int LineNumber { get; private set; }

    /// <summary>The next line without its line break, or null at the end of the text.</summary>
    public string? ReadLine()
    {
        _line.Clear();
        bool any = false;
        while (true)
        {
            if (_position == _length && !Fill())
            {
                return any ? Finish() : null;
            }

            any = true;
            var pending = _buffer.AsSpan(_position, _length - _position);
            int newline = pending.IndexOf('\n');
            int take = newline < 0 ? pending.Length : newline;
            if (_line.Length + take > NetworkFileLimits.MaxLineLength)
            {
                throw new NetworkFileException(sourceName, LineNumber + 1, 1, $"expected a line of at most {NetworkFileLimits.MaxLineLength} characters, found a longer one");
            }

            _line.Append(pending[..take]);
            _position += newline < 0 ? take : take + 1;
            if (newline >= 0)
            {
                return Finish();
            }
        }
    }

    private string Finish()
    {
        LineNumber++;
        if (_line.Length > 0 && _line[^1] == '\r')
        {
            _line.Length--;
        }

        return _line.ToString();
    }

    private bool Fill()
    {
        _length = reader.Read(_buffer, 0, _buffer.Length);
        _position = 0;
        _total += _length;
        if (_total > NetworkFileLimits.MaxFileBytes)
        {
            throw new NetworkFileException(sourceName, 0, 0, $"expected a file of at most 2 GiB ({NetworkFileLimits.MaxFileBytes} characters), found more");
        }

        return _length > 0;
    }
}
