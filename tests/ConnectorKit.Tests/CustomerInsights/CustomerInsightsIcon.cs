using ConnectorKit.Icons;

namespace ConnectorKit.Tests.CustomerInsights;

/// <summary>
/// The Customer Insights connector's icon, drawn by code so it is made the same way on every machine: a customer
/// (head and shoulders) beside three rising bars (the insights) over a baseline, white on the connector's brand
/// colour, inside the middle 160 x 160 pixels of a 230 x 230 square, as the certification guidance asks.
/// </summary>
internal static class CustomerInsightsIcon
{
    public const string BrandColour = "#0b556a";

    public static byte[] Draw()
    {
        var canvas = new IconCanvas(StarterIcon.Size, Rgb.Parse(BrandColour)!.Value);
        canvas.Fill(Customer().Union(Bars()).Union(new RoundedRectangle(40, 162, 155, 9, 4.5)), Rgb.White);
        return canvas.ToPng();
    }

    private static Shape Customer()
    {
        var head = new Circle(88, 84, 25);
        var shoulders = new Circle(88, 166, 50).Intersect(new RoundedRectangle(36, 115, 104, 39));
        return head.Union(shoulders);
    }

    private static Shape Bars() =>
        new RoundedRectangle(142, 122, 14, 32, 4)
            .Union(new RoundedRectangle(162, 100, 14, 54, 4))
            .Union(new RoundedRectangle(182, 74, 13, 80, 4));
}
