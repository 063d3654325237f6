namespace ConnectorKit.Icons;

/// <summary>
/// The icon <c>connectorkit init</c> gives a new connector: a white plug on the brand colour, drawn to the
/// certification guidance (a square of 230 x 230 pixels, the logo within the middle 160 x 160, an opaque background
/// of the brand colour, no rounded edges). A connector going to certification replaces it with its own logo.
/// </summary>
public static class StarterIcon
{
    public const int Size = 230;

    /// <summary>Brand colours for new connectors: dark enough for a white logo, none white or the default #007ee5.</summary>
    public static IReadOnlyList<string> Palette { get; } = ["#3a4f9c", "#0f6b5c", "#8a3b12", "#6b2c91", "#1f5f8b", "#5c6b0f"];

    /// <summary>A colour of <see cref="Palette"/> chosen by the connector's name, the same on every machine.</summary>
    public static string BrandColourFor(string name)
    {
        var hash = 2166136261u;
        foreach (var c in name)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return Palette[(int)(hash % (uint)Palette.Count)];
    }

    public static byte[] Draw(Rgb background)
    {
        var canvas = new IconCanvas(Size, background);
        canvas.Fill(Plug(), Rgb.White);
        return canvas.ToPng();
    }

    /// <summary>Two prongs on a rounded body and a cable, inside the square from 35 to 195.</summary>
    private static Shape Plug()
    {
        var leftProng = new RoundedRectangle(86, 40, 16, 48, 5);
        var rightProng = new RoundedRectangle(128, 40, 16, 48, 5);
        var body = new RoundedRectangle(64, 80, 102, 70, 22);
        var neck = new RoundedRectangle(96, 144, 38, 22, 6);
        var cable = new RoundedRectangle(107, 160, 16, 35, 8);
        return leftProng.Union(rightProng).Union(body).Union(neck).Union(cable);
    }
}
