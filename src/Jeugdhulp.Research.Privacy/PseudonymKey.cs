using System.Collections.Immutable;
using Jeugdhulp.Research.Diagnostics;
using Jeugdhulp.Research.IO;
using YamlDotNet.RepresentationModel;

namespace Jeugdhulp.Research.Privacy;

/// <summary>One line of a key: a real name, its kind and the pseudonym that replaces it.</summary>
/// <param name="Kind">Municipality, provider or person.</param>
/// <param name="Name">The real name as it may occur (matched case- and diacritic-insensitively, whole words).</param>
/// <param name="Pseudonym">What replaces it.</param>
/// <param name="Line">Line in the key file (0 when built in code), for error messages.</param>
public sealed record KeyEntry(NameKind Kind, string Name, string Pseudonym, int Line = 0);

/// <summary>
/// A pseudonymisation key: real name → pseudonym, per kind (gemeente, aanbieder, persoon). The key is the one file
/// that undoes the pseudonymisation, so it must be kept outside the project data (<see cref="EnsureOutside"/>).
/// Formats (format: <c>src/Jeugdhulp.Research.Privacy/README.md</c>): CSV with columns <c>kind,name,pseudonym</c>,
/// or YAML with <c>schema: jhr-pseudonym-key/1</c> and one mapping per kind.
/// </summary>
public sealed class PseudonymKey
{
    /// <summary>The YAML schema tag.</summary>
    public const string Schema = "jhr-pseudonym-key/1";

    /// <summary>Key files are small; anything larger is refused unread.</summary>
    public const long MaxBytes = 4L * 1024 * 1024;

    /// <summary>The columns of a CSV key.</summary>
    public static readonly ImmutableArray<string> CsvColumns = ["kind", "name", "pseudonym"];

    private NameMatcher? _matcher;

    private PseudonymKey(ImmutableArray<KeyEntry> entries, string? path)
    {
        Entries = entries;
        Path = path;
    }

    /// <summary>The entries, in file order.</summary>
    public ImmutableArray<KeyEntry> Entries { get; }

    /// <summary>The file the key was read from, when read from a file.</summary>
    public string? Path { get; }

    internal NameMatcher Matcher => _matcher ??= new NameMatcher(Entries);

    /// <summary>Builds a key from entries (checked as a key file is).</summary>
    /// <exception cref="InputException">Duplicate names, names without letters, or a pseudonym that contains a real name.</exception>
    public static PseudonymKey FromEntries(IEnumerable<KeyEntry> entries, string fileName = "key")
    {
        var list = entries.ToImmutableArray();
        var diagnostics = new List<Diagnostic>();
        Check(list, fileName, diagnostics);
        if (diagnostics.Count > 0) throw new InputException(diagnostics);
        return new PseudonymKey(list, null);
    }

    /// <summary>Reads a key file; <c>.csv</c> is CSV, anything else YAML.</summary>
    /// <exception cref="InputException">The file is missing, too large, not UTF-8 or invalid; carries every problem.</exception>
    public static PseudonymKey Load(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists) throw new InputException(new Diagnostic(path, 0, 0, "file-not-found", "Key file not found."));
        if (info.Length > MaxBytes)
            throw new InputException(new Diagnostic(path, 0, 0, "file-too-large", $"File is {info.Length:N0} bytes; a key is far smaller (limit {MaxBytes:N0}). Is this the right file?"));
        var diagnostics = new List<Diagnostic>();
        ImmutableArray<KeyEntry> entries;
        if (path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
        {
            var table = CsvTable.Read(path, CsvColumns, diagnostics);
            entries = table is null ? [] : ReadCsv(table, diagnostics);
        }
        else entries = ParseYaml(TextFile.ReadUtf8(path, MaxBytes), path, diagnostics);
        if (diagnostics.Count == 0) Check(entries, path, diagnostics);
        if (diagnostics.Count > 0) throw new InputException(diagnostics);
        return new PseudonymKey(entries, System.IO.Path.GetFullPath(path));
    }

    /// <summary>Parses YAML key text.</summary>
    /// <exception cref="InputException">The text is invalid.</exception>
    public static PseudonymKey ParseYaml(string yaml, string fileName)
    {
        var diagnostics = new List<Diagnostic>();
        var entries = ParseYaml(yaml, fileName, diagnostics);
        if (diagnostics.Count == 0) Check(entries, fileName, diagnostics);
        if (diagnostics.Count > 0) throw new InputException(diagnostics);
        return new PseudonymKey(entries, null);
    }

    /// <summary>
    /// Refuses a key that lies inside <paramref name="projectDirectory"/>: a key inside the project would travel with
    /// every copy, archive or export of the data and undo the pseudonymisation.
    /// </summary>
    /// <exception cref="InputException">The key file is inside the project folder.</exception>
    public static void EnsureOutside(string keyPath, string projectDirectory)
    {
        var key = Resolve(System.IO.Path.GetFullPath(keyPath));
        var project = Resolve(System.IO.Path.GetFullPath(projectDirectory)).TrimEnd(System.IO.Path.DirectorySeparatorChar, System.IO.Path.AltDirectorySeparatorChar);
        var comparison = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        if (key.StartsWith(project + System.IO.Path.DirectorySeparatorChar, comparison) || key.Equals(project, comparison))
            throw new InputException(new Diagnostic(keyPath, 0, 0, "key-inside-project",
                $"The key file lies inside the project folder {projectDirectory}. Move it outside the project data (it undoes the pseudonymisation) and try again."));
    }

    /// <summary>Follows symbolic links in every part of the path that exists, so a link cannot smuggle the key into the project.</summary>
    private static string Resolve(string fullPath)
    {
        var root = System.IO.Path.GetPathRoot(fullPath) ?? "";
        var current = root;
        foreach (var part in fullPath[root.Length..].Split(System.IO.Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            current = System.IO.Path.Combine(current, part);
            try
            {
                FileSystemInfo info = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
                if (info.Exists && info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is { } target)
                    current = target.FullName;
            }
            catch (IOException) { /* unresolvable: keep the path as written */ }
            catch (UnauthorizedAccessException) { }
        }
        return current;
    }

    private static ImmutableArray<KeyEntry> ReadCsv(CsvTable table, List<Diagnostic> diagnostics)
    {
        var result = ImmutableArray.CreateBuilder<KeyEntry>();
        foreach (var row in table.Rows)
        {
            if (row["kind"].Length == 0 && row["name"].Length == 0 && row["pseudonym"].Length == 0) continue;
            if (!NameKinds.TryParse(row["kind"], out var kind))
            {
                diagnostics.Add(row.At("kind", "invalid-kind", $"kind '{row["kind"]}' must be gemeente, aanbieder or persoon."));
                continue;
            }
            result.Add(new KeyEntry(kind, row["name"], row["pseudonym"], row.Line));
        }
        return result.ToImmutable();
    }

    private static ImmutableArray<KeyEntry> ParseYaml(string yaml, string fileName, List<Diagnostic> diagnostics)
    {
        var reader = new YamlKeyReader(fileName);
        try
        {
            var entries = reader.Read(yaml);
            diagnostics.AddRange(reader.Diagnostics);
            return entries;
        }
        catch (ArgumentException)
        {
            // YamlDotNet rejects some malformed input (NUL characters around a key) this way instead of a YamlException.
            diagnostics.AddRange(reader.Diagnostics);
            diagnostics.Add(new Diagnostic(fileName, 0, 0, "malformed-yaml", "Malformed YAML (control characters?). Save the key as plain UTF-8 text."));
            return [];
        }
    }

    private static void Check(ImmutableArray<KeyEntry> entries, string file, List<Diagnostic> diagnostics)
    {
        if (entries.IsEmpty)
        {
            diagnostics.Add(new Diagnostic(file, 0, 0, "empty", "The key has no names."));
            return;
        }
        var seen = new Dictionary<string, KeyEntry>(StringComparer.Ordinal);
        foreach (var e in entries)
        {
            var words = e.Name.Count(c => TextFolding.IsWordChar(TextFolding.Fold(c)));
            if (words < 2)
                diagnostics.Add(new Diagnostic(file, e.Line, 1, "invalid-name", $"Name '{e.Name}' needs at least two letters or digits."));
            if (e.Pseudonym.Length == 0 || e.Pseudonym.Trim() != e.Pseudonym || !e.Pseudonym.All(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '.'))
                diagnostics.Add(new Diagnostic(file, e.Line, 1, "invalid-pseudonym",
                    $"Pseudonym '{e.Pseudonym}' for '{e.Name}' may hold only letters, digits, spaces, '-' and '.' (it is written into YAML, CSV and ids)."));
            else if (!char.IsLetterOrDigit(e.Pseudonym[0]))
                diagnostics.Add(new Diagnostic(file, e.Line, 1, "invalid-pseudonym", $"Pseudonym '{e.Pseudonym}' for '{e.Name}' must start with a letter or digit."));
            var folded = string.Join(' ', TextFolding.Fold(e.Name).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            if (seen.TryGetValue(folded, out var other))
            {
                if (other.Pseudonym != e.Pseudonym || other.Kind != e.Kind)
                    diagnostics.Add(new Diagnostic(file, e.Line, 1, "duplicate-name",
                        $"Name '{e.Name}' is also on line {other.Line} with another kind or pseudonym; a name has one pseudonym."));
            }
            else seen[folded] = e;
        }
        if (diagnostics.Count > 0) return;
        var matcher = new NameMatcher(entries);
        foreach (var e in entries)
            if (matcher.FindAll(e.Pseudonym) is [var m, ..])
                diagnostics.Add(new Diagnostic(file, e.Line, 1, "pseudonym-contains-name",
                    $"Pseudonym '{e.Pseudonym}' contains the real name '{m.Entry.Name}': the output would always leak it."));
    }

    private sealed class YamlKeyReader(string file) : YamlFileReader(file)
    {
        public ImmutableArray<KeyEntry> Read(string yaml)
        {
            var root = LoadRoot(yaml, "a mapping with 'schema: " + Schema + "' and the kinds gemeente, aanbieder, persoon");
            if (root is null) return [];
            CheckFields(root, ["schema", .. NameKinds.Names], "a key file");
            var schema = Scalar(root, "schema", "a key file", required: true);
            if (schema is not null && schema != Schema)
                Error(Node(root, "schema")!.Start, "unknown-schema", $"schema '{schema}' is not '{Schema}'.");
            var result = ImmutableArray.CreateBuilder<KeyEntry>();
            foreach (var kindName in NameKinds.Names)
            {
                var node = Node(root, kindName);
                if (node is null) continue;
                NameKinds.TryParse(kindName, out var kind);
                if (node is not YamlMappingNode map)
                {
                    if (node is YamlScalarNode { Value: null or "" }) continue;
                    Error(node.Start, "wrong-type", $"'{kindName}' must be a mapping of real name: pseudonym.");
                    continue;
                }
                foreach (var (nameNode, valueNode) in map.Children)
                {
                    if (nameNode is not YamlScalarNode { Value: { } name } || valueNode is not YamlScalarNode { Value: { } pseudonym })
                    {
                        Error(nameNode.Start, "wrong-type", "Every line under a kind is 'real name: pseudonym'.");
                        continue;
                    }
                    result.Add(new KeyEntry(kind, name.Trim(), pseudonym.Trim(), (int)nameNode.Start.Line));
                }
            }
            return result.ToImmutable();
        }
    }
}
