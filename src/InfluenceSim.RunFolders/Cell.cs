using System.Globalization;

namespace InfluenceSim.RunFolders;

/// <summary>One value of an output table: an integer, a double, a text, or null (an empty CSV field).</summary>
public readonly record struct Cell
{
    private readonly long bits;
    private readonly string? text;

    private Cell(ColumnType type, long bits, string? text)
    {
        Type = type;
        this.bits = bits;
        this.text = text;
    }

    /// <summary>The cell's type; null for a null cell.</summary>
    public ColumnType? Type { get; }

    /// <summary>Whether the cell is null.</summary>
    public bool IsNull => Type is null;

    /// <summary>A null cell: an empty CSV field, a Parquet null.</summary>
    public static Cell Null => default;

    /// <summary>The integer of an <see cref="ColumnType.Integer"/> cell.</summary>
    public long Integer => Type == ColumnType.Integer ? bits : throw NotA(ColumnType.Integer);

    /// <summary>The double of a <see cref="ColumnType.Real"/> cell.</summary>
    public double Real => Type == ColumnType.Real ? BitConverter.Int64BitsToDouble(bits) : throw NotA(ColumnType.Real);

    /// <summary>The text of a <see cref="ColumnType.Text"/> cell.</summary>
    public string Text => Type == ColumnType.Text ? text! : throw NotA(ColumnType.Text);

    public static Cell Of(long value) => new(ColumnType.Integer, value, null);

    public static Cell Of(double value) => new(ColumnType.Real, BitConverter.DoubleToInt64Bits(value), null);

    public static Cell Of(double? value) => value is { } v ? Of(v) : Null;

    public static Cell Of(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(ColumnType.Text, 0, value);
    }

    /// <summary>
    /// A cell of type <paramref name="type"/> read from <paramref name="spelling"/>: null when it is empty, else
    /// its value; a number keeps its spelling for CSV (<c>0.10</c> stays <c>0.10</c>) and its value for Parquet.
    /// </summary>
    /// <exception cref="FormatException">The spelling is not a number of that type.</exception>
    public static Cell Parse(string spelling, ColumnType type)
    {
        ArgumentNullException.ThrowIfNull(spelling);
        if (spelling.Length == 0)
        {
            return Null;
        }

        return type switch
        {
            ColumnType.Integer => new(type, long.Parse(spelling, NumberStyles.Integer, CultureInfo.InvariantCulture), spelling),
            ColumnType.Real => new(type, BitConverter.DoubleToInt64Bits(double.Parse(spelling, NumberStyles.Float, CultureInfo.InvariantCulture)), spelling),
            _ => Of(spelling),
        };
    }

    /// <summary>Whether <paramref name="spelling"/> reads as a non-empty value of type <paramref name="type"/>.</summary>
    public static bool CanParse(string spelling, ColumnType type) => type switch
    {
        ColumnType.Integer => long.TryParse(spelling, NumberStyles.Integer, CultureInfo.InvariantCulture, out _),
        ColumnType.Real => double.TryParse(spelling, NumberStyles.Float, CultureInfo.InvariantCulture, out _),
        _ => spelling.Length > 0,
    };

    /// <summary>The cell as a CSV field (see <see cref="CsvFormat"/>); empty for a null cell.</summary>
    public string ToCsv() => Type switch
    {
        null => string.Empty,
        ColumnType.Text => CsvFormat.Text(text!),
        _ when text is not null => text,
        ColumnType.Integer => CsvFormat.Integer(bits),
        _ => CsvFormat.Real(Real),
    };

    public override string ToString() => ToCsv();

    private static InvalidOperationException NotA(ColumnType type) => new($"the cell is not a non-null {type} cell");
}
