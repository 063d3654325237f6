using System.Globalization;

namespace ConnectorKit.Icons;

/// <summary>An opaque colour, 8 bits per channel.</summary>
public readonly record struct Rgb(byte R, byte G, byte B)
{
    public static Rgb White { get; } = new(255, 255, 255);

    /// <summary>A <c>#rrggbb</c> colour (as <c>iconBrandColor</c> writes it); null when the text is not one.</summary>
    public static Rgb? Parse(string text)
    {
        if (text.Length != 7 || text[0] != '#' || !uint.TryParse(text.AsSpan(1), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        return new Rgb((byte)(value >> 16), (byte)(value >> 8), (byte)value);
    }

    /// <summary><paramref name="over"/> covering this colour by <paramref name="coverage"/> (0 to 1), rounded to the nearest level.</summary>
    public Rgb Blend(Rgb over, double coverage) => new(Mix(R, over.R, coverage), Mix(G, over.G, coverage), Mix(B, over.B, coverage));

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"#{R:x2}{G:x2}{B:x2}");

    private static byte Mix(byte under, byte over, double coverage) => (byte)Math.Round(under + ((over - under) * coverage), MidpointRounding.AwayFromZero);
}
