using System.Reflection;
using System.Text.Json;

namespace Jeugdhulp.Research.Notebooks;

/// <summary>A package (or toolkit project) the running toolkit already carries, with the assembly files it brings.</summary>
internal sealed record ToolkitPackage(string Name, string Version, bool IsProject, IReadOnlyList<string> AssemblyPaths);

/// <summary>
/// The packages a notebook may ask for with <c>#r "nuget:..."</c>: those the Jeugdhulp.Research.* assemblies depend
/// on (transitively), read from the running application's .deps.json, and resolved to the assembly files the
/// application already loaded from (its trusted platform assemblies). Nothing is ever downloaded.
/// </summary>
internal sealed class ToolkitPackages
{
    private const string ToolkitPrefix = "Jeugdhulp.Research";
    private static readonly Lazy<ToolkitPackages> s_current = new(() => FromAppContext());
    private readonly Dictionary<string, ToolkitPackage> _byName;
    private readonly Dictionary<string, string> _assemblyPaths;

    private ToolkitPackages(Dictionary<string, ToolkitPackage> byName, Dictionary<string, string> assemblyPaths)
    {
        _byName = byName;
        _assemblyPaths = assemblyPaths;
    }

    /// <summary>The catalog of the running application.</summary>
    public static ToolkitPackages Current => s_current.Value;

    public IEnumerable<ToolkitPackage> All => _byName.Values.OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase);

    public ToolkitPackage? Find(string name) => _byName.GetValueOrDefault(name);

    /// <summary>The application's copy of an assembly file (e.g. "Jeugdhulp.Research.dll"), if it has one.</summary>
    public string? AssemblyPath(string fileName) => _assemblyPaths.GetValueOrDefault(fileName);

    /// <summary>Whether an assembly file name is one of the toolkit's own assemblies.</summary>
    public static bool IsToolkitAssembly(string fileName)
        => fileName.StartsWith(ToolkitPrefix, StringComparison.OrdinalIgnoreCase) && fileName.EndsWith(".dll", StringComparison.OrdinalIgnoreCase);

    /// <summary>Loads (from the default context, so types are shared with the host) the assemblies of a package.</summary>
    public static IReadOnlyList<Assembly> Load(ToolkitPackage package) => [.. package.AssemblyPaths.Select(LoadFile)];

    public static Assembly LoadFile(string path)
    {
        var name = AssemblyName.GetAssemblyName(path);
        var loaded = AppDomain.CurrentDomain.GetAssemblies().FirstOrDefault(a => AssemblyName.ReferenceMatchesDefinition(name, a.GetName()) && !a.IsDynamic);
        return loaded ?? Assembly.Load(name);
    }

    private static ToolkitPackages FromAppContext()
    {
        var assemblyPaths = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var path in (AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            assemblyPaths.TryAdd(Path.GetFileName(path), path);
        var byName = new Dictionary<string, ToolkitPackage>(StringComparer.OrdinalIgnoreCase);
        foreach (var depsFile in (AppContext.GetData("APP_CONTEXT_DEPS_FILES") as string ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries))
            if (File.Exists(depsFile)) Read(depsFile, assemblyPaths, byName);
        return new ToolkitPackages(byName, assemblyPaths);
    }

    private static void Read(string depsFile, Dictionary<string, string> assemblyPaths, Dictionary<string, ToolkitPackage> byName)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(depsFile));
        var root = document.RootElement;
        if (!root.TryGetProperty("targets", out var targets) || !root.TryGetProperty("libraries", out var libraries)) return;
        var target = targets.EnumerateObject().FirstOrDefault(t => !t.Name.Contains('/')).Value;
        if (target.ValueKind != JsonValueKind.Object) return;

        var entries = new Dictionary<string, (string Version, bool IsProject, List<string> Files, List<string> Dependencies)>(StringComparer.OrdinalIgnoreCase);
        foreach (var library in target.EnumerateObject())
        {
            var slash = library.Name.IndexOf('/');
            if (slash < 0) continue;
            var name = library.Name[..slash];
            var version = library.Name[(slash + 1)..];
            var type = libraries.TryGetProperty(library.Name, out var info) && info.TryGetProperty("type", out var t) ? t.GetString() : null;
            var files = new List<string>();
            if (library.Value.TryGetProperty("runtime", out var runtime))
                foreach (var file in runtime.EnumerateObject())
                    if (assemblyPaths.TryGetValue(Path.GetFileName(file.Name), out var path)) files.Add(path);
            var dependencies = library.Value.TryGetProperty("dependencies", out var deps) ? deps.EnumerateObject().Select(d => d.Name).ToList() : [];
            entries[name] = (version, type == "project", files, dependencies);
        }

        // Only what the toolkit's own libraries pull in counts as "pinned by the toolkit"; test frameworks do not.
        var roots = entries.Where(e => e.Value.IsProject && e.Key.StartsWith(ToolkitPrefix, StringComparison.OrdinalIgnoreCase)
                                       && !e.Key.EndsWith(".Tests", StringComparison.OrdinalIgnoreCase)).Select(e => e.Key);
        var pending = new Stack<string>(roots);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (pending.Count > 0)
        {
            var name = pending.Pop();
            if (!seen.Add(name) || !entries.TryGetValue(name, out var entry)) continue;
            foreach (var dependency in entry.Dependencies) pending.Push(dependency);
        }
        foreach (var name in seen)
        {
            if (!entries.TryGetValue(name, out var entry) || byName.ContainsKey(name)) continue;
            // A package's references are its own assemblies plus those of its dependencies, as NuGet would give.
            var files = new List<string>();
            var closure = new Stack<string>([name]);
            var visited = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            while (closure.Count > 0)
            {
                var current = closure.Pop();
                if (!visited.Add(current) || !entries.TryGetValue(current, out var e)) continue;
                files.AddRange(e.Files);
                foreach (var d in e.Dependencies) closure.Push(d);
            }
            if (files.Count == 0 && !entry.IsProject) continue;
            byName[name] = new ToolkitPackage(name, entry.Version, entry.IsProject, [.. files.Distinct(StringComparer.Ordinal)]);
        }
    }
}
