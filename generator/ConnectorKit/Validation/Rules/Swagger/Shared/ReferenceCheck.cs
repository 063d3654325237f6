using System.Text.Json.Nodes;
using ConnectorKit.Json;

namespace ConnectorKit.Validation.Rules.Swagger.Shared;

/// <summary>What is wrong with a <c>$ref</c>, if anything.</summary>
internal enum ReferenceProblem
{
    None,

    /// <summary>The fragment after <c>#</c> is not a JSON pointer (RFC 6901).</summary>
    NotAPointer,

    /// <summary>Not a local reference to one entry of the expected section (e.g. <c>#/definitions/Name</c>).</summary>
    WrongForm,

    /// <summary>Well formed, but the section has no such entry.</summary>
    NotFound,
}

/// <summary>
/// Checks a <c>$ref</c> against the one form the platform takes: a local pointer to a direct entry of a section of the
/// document, <c>#/definitions/X</c>, <c>#/parameters/X</c> or <c>#/responses/X</c>.
/// </summary>
internal static class ReferenceCheck
{
    public static ReferenceProblem Check(JsonObject root, string reference, string section)
    {
        if (!reference.StartsWith('#'))
        {
            return ReferenceProblem.WrongForm;
        }

        var pointer = Unescape(reference[1..]);
        if (pointer is null || !IsPointer(pointer))
        {
            return ReferenceProblem.NotAPointer;
        }

        var tokens = JsonPointer.Split(pointer);
        if (tokens.Count != 2 || tokens[0] != section || tokens[1].Length == 0)
        {
            return ReferenceProblem.WrongForm;
        }

        return root[section] is JsonObject entries && entries.ContainsKey(tokens[1]) ? ReferenceProblem.None : ReferenceProblem.NotFound;
    }

    /// <summary>A fragment may percent-encode characters; null when the encoding is broken.</summary>
    private static string? Unescape(string fragment)
    {
        try
        {
            return Uri.UnescapeDataString(fragment);
        }
        catch (UriFormatException)
        {
            return null;
        }
    }

    /// <summary>Empty, or '/'-led tokens where '~' is only ever followed by 0 or 1.</summary>
    private static bool IsPointer(string pointer)
    {
        if (pointer.Length > 0 && pointer[0] != '/')
        {
            return false;
        }

        for (var index = 0; index < pointer.Length; index++)
        {
            if (pointer[index] == '~' && (index + 1 >= pointer.Length || pointer[index + 1] is not ('0' or '1')))
            {
                return false;
            }
        }

        return true;
    }
}
