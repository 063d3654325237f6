using ConnectorKit.Inputs;

namespace ConnectorKit.Validation.Inputs;

/// <summary>
/// A path made ready to validate: read as every command reads it (<see cref="ConnectorInputLoader"/>); when the user
/// named one file of a readable connector, only that file's findings are kept (when there is no connector, every
/// finding says why), and findings without a file go to the model file.
/// </summary>
public static class ValidationInputLoader
{
    public static ValidationInput Load(string path)
    {
        var input = ConnectorInputLoader.Load(path);
        var context = input.Connector is { } connector ? ValidationContext.For(connector) : null;
        return new ValidationInput(context, input.Diagnostics, OnlyFile: context is null ? null : input.NamedFile, DefaultFile: input.ModelFile);
    }
}
