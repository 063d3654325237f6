namespace ConnectorKit.Icons;

/// <summary>
/// A region of the plane in pixel coordinates (x to the right, y down), tested point by point; combined with
/// <see cref="Union"/>, <see cref="Intersect"/> and <see cref="Subtract"/> into a logo.
/// </summary>
public abstract record Shape
{
    public abstract bool Contains(double x, double y);

    public Shape Union(Shape other) => new Combined(this, other, (a, b) => a || b);

    public Shape Intersect(Shape other) => new Combined(this, other, (a, b) => a && b);

    public Shape Subtract(Shape other) => new Combined(this, other, (a, b) => a && !b);

    private sealed record Combined(Shape First, Shape Second, Func<bool, bool, bool> Rule) : Shape
    {
        public override bool Contains(double x, double y) => Rule(First.Contains(x, y), Second.Contains(x, y));
    }
}

public sealed record Circle(double CenterX, double CenterY, double Radius) : Shape
{
    public override bool Contains(double x, double y)
    {
        var dx = x - CenterX;
        var dy = y - CenterY;
        return (dx * dx) + (dy * dy) <= Radius * Radius;
    }
}

/// <summary>An axis-aligned rectangle whose corners are rounded by <see cref="Radius"/> (0 for square corners).</summary>
public sealed record RoundedRectangle(double Left, double Top, double Width, double Height, double Radius = 0) : Shape
{
    public override bool Contains(double x, double y)
    {
        if (x < Left || x > Left + Width || y < Top || y > Top + Height)
        {
            return false;
        }

        // Inside the rectangle: only the corner squares can be outside the rounding.
        var cornerX = Math.Clamp(x, Left + Radius, Left + Width - Radius);
        var cornerY = Math.Clamp(y, Top + Radius, Top + Height - Radius);
        var dx = x - cornerX;
        var dy = y - cornerY;
        return (dx * dx) + (dy * dy) <= Radius * Radius;
    }
}
