using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;
using Microsoft.CodeAnalysis.Scripting.Hosting;

namespace Jeugdhulp.Research.Notebooks;

/// <summary>
/// Runs a Polyglot C# notebook headlessly, now that .NET Interactive is deprecated and cannot be installed here:
/// all code cells in order in one Roslyn scripting session, with the C# kernel's default imports, the notebook's
/// folder as working directory, <c>display</c>/<c>Display()</c>, trailing-expression results, console capture,
/// and the toolkit's own packages for <c>#r "nuget:..."</c> (never a download). Outputs are written back into the
/// notebook as VS Code would; a failure names the cell and line.
/// </summary>
public static class NotebookRunner
{
    /// <summary>
    /// The namespaces the .NET Interactive C# kernel imports into every submission (its CSharpKernel's
    /// ScriptOptions): System, System.Text, System.Collections, System.Collections.Generic, System.Threading.Tasks,
    /// System.Linq. Not System.IO: a notebook that needs it says <c>using System.IO;</c> in both worlds.
    /// </summary>
    public static readonly IReadOnlyList<string> DefaultImports =
        ["System", "System.Text", "System.Collections", "System.Collections.Generic", "System.Threading.Tasks", "System.Linq"];

    // The working directory and Console are process-wide, so runs in one process take turns.
    private static readonly SemaphoreSlim s_gate = new(1, 1);

    /// <summary>Reads and runs a notebook file with its folder as working directory.</summary>
    public static Task<NotebookRunResult> RunFileAsync(string path, NotebookRunOptions? options = null, CancellationToken cancellationToken = default)
    {
        var full = Path.GetFullPath(path);
        var notebook = Notebook.Load(full);
        options ??= new NotebookRunOptions();
        var withFolder = new NotebookRunOptions
        {
            WorkingDirectory = options.WorkingDirectory ?? Path.GetDirectoryName(full),
            Parameters = options.Parameters,
            References = options.References,
            Imports = options.Imports,
            NotebookName = Path.GetFileNameWithoutExtension(full),
        };
        return RunAsync(notebook, withFolder, cancellationToken);
    }

    /// <summary>
    /// Runs a copy of <paramref name="notebook"/> and returns it with outputs. Parameter problems (a name the
    /// parameters cell does not declare) throw <see cref="ArgumentException"/> before anything runs; everything
    /// that goes wrong in a cell is reported in <see cref="NotebookRunResult.Failure"/>.
    /// </summary>
    public static async Task<NotebookRunResult> RunAsync(Notebook notebook, NotebookRunOptions options, CancellationToken cancellationToken = default)
    {
        var run = notebook.Clone();
        NotebookParameters.Inject(run, options.Parameters);
        foreach (var cell in run.Cells.Where(c => c.IsCode))
        {
            cell.Outputs.Clear();
            cell.ExecutionCount = null;
        }
        var directory = Path.GetFullPath(options.WorkingDirectory ?? Directory.GetCurrentDirectory());

        await s_gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        var previousDirectory = Directory.GetCurrentDirectory();
        var previousOut = Console.Out;
        var previousError = Console.Error;
        try
        {
            Directory.SetCurrentDirectory(directory);
            Console.SetOut(new ConsoleCapture(previousOut, "stdout"));
            Console.SetError(new ConsoleCapture(previousError, "stderr"));
            return await new Session(run, options, directory).RunAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Console.SetOut(previousOut);
            Console.SetError(previousError);
            Directory.SetCurrentDirectory(previousDirectory);
            s_gate.Release();
        }
    }

    private sealed class Session(Notebook notebook, NotebookRunOptions options, string directory)
    {
        private readonly InteractiveAssemblyLoader _loader = new();
        private readonly HashSet<Assembly> _registered = [];
        private readonly SharedLibraries _libraries = new();
        private ScriptOptions _options = null!;
        private ScriptState<object>? _state;
        private int _executionCount;

        public async Task<NotebookRunResult> RunAsync(CancellationToken cancellationToken)
        {
            var hostAssemblies = new List<Assembly>
            {
                typeof(object).Assembly, typeof(Enumerable).Assembly, typeof(Console).Assembly,
                typeof(Stack<>).Assembly, typeof(NotebookKernel).Assembly,
            };
            hostAssemblies.AddRange(options.References);
            foreach (var assembly in hostAssemblies) Register(assembly);
            _options = ScriptOptions.Default
                .WithLanguageVersion(LanguageVersion.Latest)
                .WithImports(DefaultImports.Concat(options.Imports))
                .AddReferences(hostAssemblies.Distinct())
                .WithMetadataResolver(ScriptMetadataResolver.Default.WithBaseDirectory(directory))
                .WithSourceResolver(new SourceFileResolver(ImmutableArray<string>.Empty, directory))
                .WithEmitDebugInformation(true)
                .WithFileEncoding(Encoding.UTF8);

            // Like .NET Interactive's UseKernelHelpers: display(...) and Display() come from a static import.
            var prelude = CSharpScript.Create($"using static {typeof(NotebookKernel).FullName};", _options.WithFilePath(CellPath(0)), assemblyLoader: _loader);
            _state = await prelude.RunAsync(cancellationToken: cancellationToken).ConfigureAwait(false);

            for (var index = 0; index < notebook.Cells.Count; index++)
            {
                var cell = notebook.Cells[index];
                if (!cell.IsCode) continue;
                var failure = await RunCellAsync(cell, index + 1, cancellationToken).ConfigureAwait(false);
                if (failure is not null) return new NotebookRunResult(notebook, failure, _executionCount);
            }
            return new NotebookRunResult(notebook, null, _executionCount);
        }

        private string CellPath(int number) => Path.Combine(directory, $"{options.NotebookName}.cell{number}.csx");

        private void Register(Assembly assembly)
        {
            if (_registered.Add(assembly)) _loader.RegisterDependency(assembly);
        }

        private async Task<NotebookFailure?> RunCellAsync(NotebookCell cell, int number, CancellationToken cancellationToken)
        {
            var outputs = new CellOutputs();
            cell.ExecutionCount = ++_executionCount;
            NotebookFailure Fail(int? line, string kind, string message, string? traceback = null)
            {
                var failure = new NotebookFailure(number, cell.Id, line, kind, message);
                outputs.Error(kind, message, [failure.ToString(), .. traceback is null ? Array.Empty<string>() : [traceback]]);
                return failure;
            }

            try
            {
                if (cell.KernelName is { } kernel && kernel is not ("csharp" or "C#" or "c#" or "cs"))
                    return Fail(null, "unsupported kernel", $"this is a '{kernel}' cell; the runner executes C# cells only.");

                var (code, references, problem) = Prepare(cell.Source);
                if (problem is not null) return Fail(problem.Value.Line, problem.Value.Kind, problem.Value.Message);
                foreach (var assembly in references) Register(assembly);
                var cellOptions = _options.AddReferences(references).WithFilePath(CellPath(number));

                var script = _state!.Script.ContinueWith(code, cellOptions);
                var diagnostics = script.Compile(cancellationToken);
                var error = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).OrderBy(d => d.Location.SourceSpan.Start).FirstOrDefault();
                if (error is not null)
                {
                    var line = error.Location.IsInSource ? error.Location.GetLineSpan().StartLinePosition.Line + 1 : (int?)null;
                    return Fail(line, "compile error", $"{error.Id}: {error.GetMessage(CultureInfo.InvariantCulture)}");
                }

                NotebookKernel.Current = outputs;
                ScriptState<object> state;
                try
                {
                    state = await script.RunFromAsync(_state, _ => true, cancellationToken).ConfigureAwait(false);
                }
                finally
                {
                    NotebookKernel.Current = null;
                }
                if (state.Exception is { } exception)
                {
                    var inner = Unwrap(exception);
                    return Fail(LineOf(inner, CellPath(number)), "runtime error", $"{inner.GetType().FullName}: {inner.Message}", inner.ToString());
                }
                _state = state;
                if (HasTrailingValue(script.GetCompilation()))
                    outputs.Result(state.ReturnValue, cell.ExecutionCount.Value);
                return null;
            }
            catch (CompilationErrorException e)
            {
                var first = e.Diagnostics.FirstOrDefault();
                return Fail(first?.Location.IsInSource == true ? first.Location.GetLineSpan().StartLinePosition.Line + 1 : null, "compile error", e.Message);
            }
            finally
            {
                foreach (var output in outputs.Take())
                {
                    _libraries.Deduplicate(output);
                    cell.Outputs.Add(output);
                }
            }
        }

        /// <summary>Checks and strips the cell's directives: magic commands, package references, toolkit assemblies.</summary>
        private static (string Code, List<Assembly> References, (int Line, string Kind, string Message)? Problem) Prepare(string source)
        {
            var references = new List<Assembly>();
            var handled = new List<int>();
            foreach (var directive in NotebookMagic.Scan(source))
            {
                switch (directive.Kind)
                {
                    case DirectiveKind.CSharpMagic:
                        handled.Add(directive.Line);
                        break;
                    case DirectiveKind.OtherMagic:
                        return ("", references, (directive.Line, "unsupported magic command",
                            $"'{directive.Name}' is a .NET Interactive magic command the runner does not support; only #!csharp (#!c#) is, as a no-op. " +
                            "Write the cell in plain C# (e.g. Stopwatch for #!time, a parameters cell for #!set/#!value/#!share)."));
                    case DirectiveKind.PackageSource:
                        return ("", references, (directive.Line, "unsupported directive",
                            $"'{directive.Text}' adds a package source; the runner never downloads and only offers the toolkit's own packages."));
                    case DirectiveKind.NugetReference:
                        var package = ToolkitPackages.Current.Find(directive.Name!);
                        if (package is null)
                            return ("", references, (directive.Line, "unknown package",
                                $"'{directive.Text}' asks for '{directive.Name}', which is not one of the toolkit's pinned packages, and the runner never downloads. " +
                                $"Available: {string.Join(", ", ToolkitPackages.Current.All.Select(p => $"{p.Name} {p.Version}"))}."));
                        if (directive.Version is { } version && !IsAnyVersion(version) && !string.Equals(version, package.Version, StringComparison.OrdinalIgnoreCase))
                            return ("", references, (directive.Line, "unknown package version",
                                $"'{directive.Text}' asks for {package.Name} {version}, but the toolkit pins {package.Version}; write \"nuget:{package.Name}, {package.Version}\"."));
                        references.AddRange(ToolkitPackages.Load(package));
                        handled.Add(directive.Line);
                        break;
                    case DirectiveKind.PathReference:
                        // The toolkit's own assemblies come from the runner, whatever build folder the notebook points at.
                        var fileName = Path.GetFileName(directive.Path!.Replace('\\', '/'));
                        if (ToolkitPackages.IsToolkitAssembly(fileName) && ToolkitPackages.Current.AssemblyPath(fileName) is { } hostCopy)
                        {
                            references.Add(ToolkitPackages.LoadFile(hostCopy));
                            handled.Add(directive.Line);
                        }
                        break;
                }
            }
            return (NotebookMagic.Blank(source, handled), references, null);
        }

        /// <summary>Whether the cell ends in an expression without semicolon that has a value (not a void call).</summary>
        private static bool HasTrailingValue(Compilation compilation)
        {
            var tree = compilation.SyntaxTrees.LastOrDefault();
            if (tree?.GetRoot() is not CompilationUnitSyntax root) return false;
            if (root.Members.LastOrDefault() is not GlobalStatementSyntax { Statement: ExpressionStatementSyntax statement } || !statement.SemicolonToken.IsMissing)
                return false;
            var type = compilation.GetSemanticModel(tree).GetTypeInfo(statement.Expression).Type;
            return type is not null && type.SpecialType != SpecialType.System_Void;
        }

        private static bool IsAnyVersion(string version) => version is "*" or "*-*" || version.Length == 0;

        private static Exception Unwrap(Exception exception)
        {
            while (true)
            {
                switch (exception)
                {
                    case TargetInvocationException { InnerException: { } inner }:
                        exception = inner;
                        continue;
                    case AggregateException { InnerExceptions.Count: 1 } aggregate:
                        exception = aggregate.InnerExceptions[0];
                        continue;
                    default:
                        return exception;
                }
            }
        }

        /// <summary>The innermost frame of the cell's own code in the exception's stack: the line that failed or called what failed.</summary>
        private static int? LineOf(Exception exception, string cellPath)
        {
            foreach (var frame in new StackTrace(exception, fNeedFileInfo: true).GetFrames())
                if (string.Equals(frame.GetFileName(), cellPath, StringComparison.Ordinal) && frame.GetFileLineNumber() > 0)
                    return frame.GetFileLineNumber();
            return null;
        }
    }
}
