namespace ConnectorKit.Icons;

/// <summary>
/// A square opaque image drawn shape by shape, with edges smoothed by sampling each pixel on a fixed grid, so the
/// same drawing gives the same bytes on every machine.
/// </summary>
public sealed class IconCanvas
{
    // 4 x 4 samples per pixel: 16 levels of coverage on each edge.
    private const int Samples = 4;

    private readonly Rgb[] _pixels;

    public IconCanvas(int size, Rgb background)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        Size = size;
        _pixels = Enumerable.Repeat(background, size * size).ToArray();
    }

    public int Size { get; }

    public Rgb this[int x, int y] => _pixels[(y * Size) + x];

    /// <summary>Paints <paramref name="shape"/> in <paramref name="colour"/>, each pixel by the share of its samples inside.</summary>
    public void Fill(Shape shape, Rgb colour)
    {
        for (var y = 0; y < Size; y++)
        {
            for (var x = 0; x < Size; x++)
            {
                var inside = 0;
                for (var sy = 0; sy < Samples; sy++)
                {
                    for (var sx = 0; sx < Samples; sx++)
                    {
                        if (shape.Contains(x + ((sx + 0.5) / Samples), y + ((sy + 0.5) / Samples)))
                        {
                            inside++;
                        }
                    }
                }

                if (inside > 0)
                {
                    var index = (y * Size) + x;
                    _pixels[index] = _pixels[index].Blend(colour, inside / (double)(Samples * Samples));
                }
            }
        }
    }

    /// <summary>The image as a PNG file (8-bit RGB, no metadata, no time stamp).</summary>
    public byte[] ToPng() => PngEncoder.Encode(Size, Size, (x, y) => this[x, y]);
}
