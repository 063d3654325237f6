using Microsoft.CodeAnalysis;

namespace ConnectorKit.Runtime.Scripting;

/// <summary>
/// What a script may not touch although the namespaces it may import reach it: the file system, processes, the
/// environment, reflection, interop and assembly loading. Checked on the compiled script's symbols, so a fully
/// qualified name or a <c>var</c> does not get past it. Pure string helpers (<c>System.IO.Path</c>),
/// <c>Environment.NewLine</c> and the like stay allowed, as certified scripts use them.
/// </summary>
public static class ForbiddenApis
{
    private static readonly string[] Namespaces =
    [
        "System.Reflection", "System.Runtime.InteropServices", "System.Runtime.Loader", "System.IO.Pipes",
        "System.IO.MemoryMappedFiles", "System.IO.IsolatedStorage", "Microsoft.Win32", "System.Diagnostics.Eventing",
    ];

    private static readonly HashSet<string> Types = new(StringComparer.Ordinal)
    {
        "System.IO.File", "System.IO.FileInfo", "System.IO.Directory", "System.IO.DirectoryInfo", "System.IO.DriveInfo",
        "System.IO.FileStream", "System.IO.FileSystemInfo", "System.IO.FileSystemWatcher", "System.IO.RandomAccess",
        "System.IO.Compression.ZipFile", "System.IO.Compression.ZipFileExtensions", "System.Diagnostics.Process",
        "System.Diagnostics.ProcessStartInfo", "System.Activator", "System.AppDomain", "System.AppContext",
        "System.Runtime.CompilerServices.Unsafe", "System.Runtime.CompilerServices.RuntimeHelpers", "System.GC",
    };

    /// <summary>The members of System.Environment a script may use; the others read or change the process or its environment.</summary>
    private static readonly HashSet<string> EnvironmentAllowed = new(StringComparer.Ordinal)
    {
        "NewLine", "TickCount", "TickCount64", "ProcessorCount", "CurrentManagedThreadId", "Is64BitProcess",
        "Is64BitOperatingSystem", "Version", "StackTrace", "HasShutdownStarted",
    };

    /// <summary>Members of System.Type that look a type up by name or call members by name.</summary>
    private static readonly HashSet<string> TypeMembers = new(StringComparer.Ordinal) { "GetType", "InvokeMember", "GetTypeFromHandle", "GetTypeFromProgID", "GetTypeFromCLSID" };

    /// <summary>Parameter names that mean "a file to open" (File-like overloads of XmlDocument.Load, Bitmap, StreamReader and others).</summary>
    private static readonly HashSet<string> PathParameters = new(StringComparer.Ordinal)
    {
        "path", "fileName", "filename", "inputUri", "outputFileName", "sourceFileName", "destFileName", "archiveFileName",
        "destinationArchiveFileName", "sourceDirectoryName", "destinationDirectoryName",
    };

    /// <summary>Why the symbol may not be used; null when it may.</summary>
    public static string? Reason(ISymbol symbol)
    {
        if (symbol is INamespaceSymbol or ILocalSymbol or IParameterSymbol or ILabelSymbol or IRangeVariableSymbol)
        {
            return null;
        }

        if (symbol is IArrayTypeSymbol or IPointerTypeSymbol)
        {
            return Reason(symbol is IArrayTypeSymbol array ? array.ElementType : ((IPointerTypeSymbol)symbol).PointedAtType);
        }

        // A member that hands out a forbidden type (typeof(x).GetMethods(), t.Assembly) is as forbidden as the type.
        var handedOut = symbol switch
        {
            IMethodSymbol { MethodKind: not MethodKind.Constructor } member => member.ReturnType,
            IPropertySymbol property => property.Type,
            IFieldSymbol field => field.Type,
            _ => null,
        };
        if (handedOut is INamedTypeSymbol or IArrayTypeSymbol && !SymbolEqualityComparer.Default.Equals(handedOut, symbol.ContainingType) && Reason(handedOut) is { } passed)
        {
            return passed;
        }

        var type = symbol as INamedTypeSymbol ?? symbol.ContainingType;
        var typeName = type?.OriginalDefinition.ToDisplayString();
        if (typeName == "System.Reflection.MemberInfo" && symbol.Name is "Name" or "DeclaringType")
        {
            return null; // exception.GetType().Name: a type's name, which scripts log
        }

        var ns = (symbol as INamedTypeSymbol ?? symbol.ContainingType)?.ContainingNamespace?.ToDisplayString() ?? string.Empty;
        if (Namespaces.Any(n => ns == n || ns.StartsWith(n + ".", StringComparison.Ordinal)))
        {
            return $"{typeName ?? symbol.Name} belongs to {ns}, which reaches reflection, interop or the operating system";
        }

        if (typeName is not null && Types.Contains(typeName))
        {
            return $"{typeName} reaches the file system, processes or the runtime itself";
        }

        if (typeName == "System.Environment" && symbol is not INamedTypeSymbol && !EnvironmentAllowed.Contains(symbol.Name))
        {
            return $"Environment.{symbol.Name} reads or changes the process or its environment";
        }

        if (typeName == "System.Type" && symbol is IMethodSymbol { IsStatic: true } or IMethodSymbol { Name: "InvokeMember" } && TypeMembers.Contains(symbol.Name))
        {
            return $"Type.{symbol.Name} looks types or members up by name";
        }

        if (symbol is IMethodSymbol method && ns.StartsWith("System", StringComparison.Ordinal) && typeName != "System.IO.Path" && method.Parameters.FirstOrDefault() is { Type.SpecialType: SpecialType.System_String } first
            && PathParameters.Contains(first.Name))
        {
            return $"{typeName}.{(method.MethodKind == MethodKind.Constructor ? "new" : method.Name)}({first.Name}) opens a file by name";
        }

        return null;
    }
}
