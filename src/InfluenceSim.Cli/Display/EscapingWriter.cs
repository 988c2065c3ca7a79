using System.Text;

namespace InfluenceSim.Cli.Display;

/// <summary>The command line's standard error: every message written to it has its control characters escaped by <see cref="TerminalText"/>.</summary>
internal sealed class EscapingWriter : TextWriter
{
    private readonly TextWriter _inner;

    public EscapingWriter(TextWriter inner)
    {
        _inner = inner;
        CoreNewLine = _inner.NewLine.ToCharArray();
    }

    public override Encoding Encoding => _inner.Encoding;

    public override IFormatProvider FormatProvider => _inner.FormatProvider;

    public override void Write(char value) => Write(value.ToString());

    public override void Write(string? value) => _inner.Write(value is null ? null : TerminalText.Escape(value));

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void WriteLine() => _inner.WriteLine();

    public override void WriteLine(string? value)
    {
        Write(value);
        _inner.WriteLine();
    }

    public override void Flush() => _inner.Flush();
}
