using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Jeugdhulp.Research.Notebooks;

/// <summary>
/// Exports a notebook to Microsoft's recommended successor of Polyglot Notebooks for C#: a .NET 10 file-based app
/// (<c>dotnet run file.cs</c>). The .ipynb stays the single source; the .cs is generated and can be regenerated.
/// </summary>
/// <remarks>
/// Mapping: <c>#r "…/src/P/bin/…/P.dll"</c> becomes <c>#:project …/src/P/P.csproj</c> (the project folder is the part
/// of the path before <c>bin</c>; a toolkit assembly referenced elsewhere, e.g. <c>lib/Jeugdhulp.Research.dll</c>, maps to
/// <c>src/Jeugdhulp.Research/Jeugdhulp.Research.csproj</c> in the nearest folder above the notebook that has it); a comment line <c>// #:project path.csproj</c> or <c>// #:package Name@Version</c>
/// in a cell is a marker that becomes that directive (paths relative to the notebook); <c>#r "nuget:Name, Version"</c>
/// becomes <c>#:package Name@Version</c> (the toolkit's pinned version when none is given); <c>#!csharp</c> is dropped;
/// markdown cells become <c>//</c> comments; <c>using</c> directives move to the top and type declarations to the
/// end (C# requires both); a cell's trailing expression becomes <c>display(expression);</c>; and <c>display</c> /
/// <c>Display()</c> come from a small helper at the bottom that prints the plain-text form. The project settings
/// match the notebook kernel: the kernel's imports instead of implicit usings, nullable off, warnings not fatal, and no
/// native AOT (file-based apps default to it; notebook code uses reflection freely).
/// </remarks>
public static class NotebookExporter
{
    private static readonly CSharpParseOptions s_script = new(LanguageVersion.Latest, kind: SourceCodeKind.Script);
    private static readonly HashSet<string> s_voidCalls = ["display", "Display", "WriteLine", "Write"];

    /// <summary>
    /// The file-based app for <paramref name="notebook"/>. Relative <c>#r</c> paths are taken relative to
    /// <paramref name="notebookDirectory"/>; <c>#:project</c> paths are written relative to
    /// <paramref name="outputDirectory"/> (where the .cs will live). Throws <see cref="InvalidDataException"/>
    /// naming the cell and line for what has no file-based-app equivalent (magic commands other than #!csharp,
    /// package sources, non-C# cells).
    /// </summary>
    public static string ToFileBasedApp(Notebook notebook, string notebookDirectory, string outputDirectory, string? sourceName = null)
    {
        notebookDirectory = Path.GetFullPath(notebookDirectory);
        outputDirectory = Path.GetFullPath(outputDirectory);
        var directives = new List<string>();
        var usings = new List<string>(NotebookRunner.DefaultImports.Select(n => $"using {n};")) { "using static NotebookDisplay;" };
        var body = new StringBuilder();
        var types = new StringBuilder();

        for (var index = 0; index < notebook.Cells.Count; index++)
        {
            var cell = notebook.Cells[index];
            var number = index + 1;
            if (cell.CellType == "markdown")
            {
                body.AppendLine($"// {NotebookLocation.Describe(number, cell.Id)} (markdown)");
                foreach (var line in NotebookMagic.SplitLines(cell.Source.TrimEnd('\n')))
                    body.AppendLine(line.Length == 0 ? "//" : "// " + line);
                body.AppendLine();
                continue;
            }
            if (!cell.IsCode) continue;
            if (cell.KernelName is { } kernel && kernel is not ("csharp" or "C#" or "c#" or "cs"))
                throw new InvalidDataException($"{NotebookLocation.Describe(number, cell.Id)}: a '{kernel}' cell has no C# equivalent.");

            var dropped = new HashSet<int>();
            foreach (var directive in NotebookMagic.Scan(cell.Source))
            {
                string Where() => NotebookLocation.Describe(number, cell.Id, directive.Line);
                switch (directive.Kind)
                {
                    case DirectiveKind.CSharpMagic:
                        dropped.Add(directive.Line);
                        break;
                    case DirectiveKind.OtherMagic:
                        throw new InvalidDataException($"{Where()}: magic command '{directive.Name}' has no file-based-app equivalent; only #!csharp is supported.");
                    case DirectiveKind.PackageSource:
                        throw new InvalidDataException($"{Where()}: '{directive.Text}' (a package source) has no file-based-app equivalent.");
                    case DirectiveKind.NugetReference:
                        var version = directive.Version is { } v && v is not ("*" or "*-*") ? v : ToolkitPackages.Current.Find(directive.Name!)?.Version ?? "*";
                        Add(directives, $"#:package {directive.Name}@{version}");
                        dropped.Add(directive.Line);
                        break;
                    case DirectiveKind.PackageMarker:
                        Add(directives, $"#:package {directive.Name}@{directive.Version}");
                        dropped.Add(directive.Line);
                        break;
                    case DirectiveKind.ProjectMarker:
                        Add(directives, $"#:project {Relative(outputDirectory, Path.GetFullPath(Path.Combine(notebookDirectory, directive.Path!)))}");
                        dropped.Add(directive.Line);
                        break;
                    case DirectiveKind.PathReference:
                        if (ProjectOf(Path.GetFullPath(Path.Combine(notebookDirectory, directive.Path!)), notebookDirectory) is { } project)
                        {
                            Add(directives, $"#:project {Relative(outputDirectory, project)}");
                            dropped.Add(directive.Line);
                        }
                        break;
                }
            }
            var lines = NotebookMagic.SplitLines(cell.Source);
            var code = string.Join('\n', lines.Where((_, i) => !dropped.Contains(i + 1)).Select(l =>
                NotebookMagic.Scan(l) is [{ Kind: DirectiveKind.PathReference }] ? $"// {l.Trim()} (no file-based-app equivalent: add a // #:project marker)" : l));

            body.AppendLine($"// {NotebookLocation.Describe(number, cell.Id)}");
            var root = (CompilationUnitSyntax)CSharpSyntaxTree.ParseText(code, s_script).GetRoot();
            foreach (var u in root.Usings) Add(usings, u.WithoutTrivia().ToString());
            for (var m = 0; m < root.Members.Count; m++)
            {
                var member = root.Members[m];
                var isLast = m == root.Members.Count - 1;
                switch (member)
                {
                    case BaseTypeDeclarationSyntax or DelegateDeclarationSyntax:
                        types.AppendLine(member.ToFullString().Trim('\n', '\r')).AppendLine();
                        break;
                    case GlobalStatementSyntax { Statement: ExpressionStatementSyntax { SemicolonToken.IsMissing: true } statement } when isLast:
                        body.Append(statement.GetLeadingTrivia().ToFullString());
                        body.AppendLine(IsVoidCall(statement.Expression)
                            ? $"{statement.Expression.WithoutTrivia()};"
                            : $"display({statement.Expression.WithoutTrivia()});");
                        break;
                    case MemberDeclarationSyntax declaration and not GlobalStatementSyntax:
                        body.AppendLine(WithoutAccessibility(declaration).ToFullString().TrimEnd());
                        break;
                    default:
                        body.AppendLine(member.ToFullString().TrimEnd());
                        break;
                }
            }
            // Comments after the last statement (or in a cell without any) belong to the end-of-file token.
            var trailing = root.EndOfFileToken.LeadingTrivia.ToFullString().Trim('\n', '\r');
            if (trailing.Trim().Length > 0) body.AppendLine(trailing);
            body.AppendLine();
        }

        var output = new StringBuilder();
        foreach (var directive in directives.Where(d => d.StartsWith("#:project", StringComparison.Ordinal))) output.AppendLine(directive);
        foreach (var directive in directives.Where(d => d.StartsWith("#:package", StringComparison.Ordinal))) output.AppendLine(directive);
        output.AppendLine("#:property ImplicitUsings=disable");
        output.AppendLine("#:property Nullable=disable");
        output.AppendLine("#:property TreatWarningsAsErrors=false");
        output.AppendLine("#:property PublishAot=false");
        if (directives.Any(d => d.StartsWith("#:package", StringComparison.Ordinal)))
            output.AppendLine("#:property ManagePackageVersionsCentrally=false");
        output.AppendLine();
        output.AppendLine($"// Generated by `jhr notebook export --to cs` from {sourceName ?? "a notebook"}; the notebook is the source: edit it and export again.");
        output.AppendLine();
        foreach (var u in usings) output.AppendLine(u);
        output.AppendLine();
        // The kernel runs a notebook in its own folder, so '../data' and 'output/' mean the notebook's neighbours;
        // the app does the same wherever it is started from.
        var notebookFolder = Relative(outputDirectory, notebookDirectory);
        output.AppendLine("// Relative paths (../data, output/) are relative to the notebook's folder, as in the notebook itself.");
        output.AppendLine($"System.IO.Directory.SetCurrentDirectory(NotebookDisplay.Folder({Literal(notebookFolder)}));");
        output.AppendLine();
        output.Append(body);
        output.Append(types);
        output.Append(Helper);
        return output.ToString().Replace("\r\n", "\n");
    }

    private const string Helper = """
        /// <summary>display(...) and Display() as in Polyglot Notebooks: prints the value's plain-text form.</summary>
        static class NotebookDisplay
        {
            public static void display(object value, params string[] mimeTypes) => Console.WriteLine(Format(value));

            public static void Display(this object value, params string[] mimeTypes) => display(value, mimeTypes);

            /// <summary>A folder relative to this source file (the compiler fills in its path).</summary>
            public static string Folder(string relative, [System.Runtime.CompilerServices.CallerFilePath] string app = "") =>
                System.IO.Path.GetFullPath(System.IO.Path.Combine(System.IO.Path.GetDirectoryName(app), relative));

            private static string Format(object value) => value switch
            {
                null => "<null>",
                string text => text,
                IFormattable formattable => formattable.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
                IEnumerable sequence when value.GetType().GetMethod("ToString", Type.EmptyTypes)?.DeclaringType is { } declaring && (declaring == typeof(object) || declaring == typeof(ValueType))
                    => Join([.. sequence.Cast<object>().Select(Format)]),
                _ => value.ToString(),
            };

            // Tables print one below the other; short values on one line.
            private static string Join(List<string> items) =>
                items.Any(i => i.Contains('\n')) ? string.Join("\n", items) : "[ " + string.Join(", ", items) + " ]";
        }

        """;

    private static string Literal(string text) => SymbolDisplay.FormatLiteral(text, quote: true);

    private static void Add(List<string> list, string item)
    {
        if (!list.Contains(item)) list.Add(item);
    }

    private static bool IsVoidCall(ExpressionSyntax expression) => expression is InvocationExpressionSyntax invocation && invocation.Expression switch
    {
        IdentifierNameSyntax name => s_voidCalls.Contains(name.Identifier.Text),
        MemberAccessExpressionSyntax access => s_voidCalls.Contains(access.Name.Identifier.Text),
        _ => false,
    };

    private static MemberDeclarationSyntax WithoutAccessibility(MemberDeclarationSyntax declaration)
    {
        var kept = SyntaxFactory.TokenList(declaration.Modifiers.Where(m => !m.IsKind(SyntaxKind.PublicKeyword) && !m.IsKind(SyntaxKind.PrivateKeyword)
            && !m.IsKind(SyntaxKind.InternalKeyword) && !m.IsKind(SyntaxKind.ProtectedKeyword)));
        if (kept.Count == declaration.Modifiers.Count) return declaration;
        return declaration.WithModifiers(kept).WithLeadingTrivia(declaration.GetLeadingTrivia());
    }

    /// <summary>
    /// The project that builds a referenced assembly: the folder before "bin" with &lt;Name&gt;.csproj (or its only
    /// .csproj); for the toolkit's own assemblies referenced from elsewhere (e.g. a lib/ copy), src/&lt;Name&gt;/&lt;Name&gt;.csproj
    /// in the nearest folder above the notebook that has it.
    /// </summary>
    private static string? ProjectOf(string assemblyPath, string notebookDirectory)
    {
        var name = Path.GetFileNameWithoutExtension(assemblyPath);
        var parts = assemblyPath.Replace('\\', '/').Split('/');
        var bin = Array.LastIndexOf(parts, "bin");
        if (bin > 0 && string.Join('/', parts[..bin]) is var folder && Directory.Exists(folder))
        {
            var named = Path.Combine(folder, name + ".csproj");
            if (File.Exists(named)) return named;
            var projects = Directory.GetFiles(folder, "*.csproj");
            if (projects.Length == 1) return projects[0];
        }
        if (!ToolkitPackages.IsToolkitAssembly(Path.GetFileName(assemblyPath))) return null;
        for (var dir = new DirectoryInfo(notebookDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", name, name + ".csproj");
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }

    private static string Relative(string from, string to) => Path.GetRelativePath(from, to).Replace('\\', '/');
}
