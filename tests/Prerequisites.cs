using System.Diagnostics;
using System.Reflection;

namespace Jeugdhulp.Research.Testing;

/// <summary>
/// What some tests need from outside the repository: the third-party material in <c>../shared</c> beside the
/// checkout (REFI-QDA schemas, ATLAS.ti exports, the seed texts), Debian's Chromium and Python with scikit-learn.
/// On a developer's machine a missing prerequisite makes the test skip, with the reason in the test report; when
/// <c>CI</c> is set it makes the test fail with the same reason, so a green CI run never hides an untested part.
/// This one file is linked into every test project that needs it, so the rule lives in one place.
/// </summary>
/// <remarks>
/// <c>JHR_SHARED_DIR</c>, <c>JHR_CHROMIUM</c> and <c>JHR_PYTHON</c> point the tests elsewhere (a second checkout of
/// the shared folder, another browser build); pointing one at a path that does not exist shows what CI does when
/// the prerequisite is missing.
/// </remarks>
internal static class Prerequisite
{
    /// <summary>True when the <c>CI</c> environment variable is set to anything but empty, 0 or false.</summary>
    public static bool OnCi => IsCi(Environment.GetEnvironmentVariable("CI"));

    /// <summary>Whether a value of <c>CI</c> means "on CI": anything but unset, empty, 0 or false.</summary>
    public static bool IsCi(string? value) =>
        !string.IsNullOrEmpty(value) && value != "0" && !value.Equals("false", StringComparison.OrdinalIgnoreCase);

    /// <summary>The repository root the tests were built from (build metadata, see Directory.Build.props).</summary>
    public static string RepositoryRoot { get; } =
        typeof(Prerequisite).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "RepositoryRoot")?.Value?.TrimEnd('/', '\\')
        ?? throw new InvalidOperationException("AssemblyMetadata RepositoryRoot is missing; Directory.Build.props adds it to *.Tests.");

    /// <summary>The shared folder beside the checkout, or <c>JHR_SHARED_DIR</c>.</summary>
    public static string SharedRoot =>
        Environment.GetEnvironmentVariable("JHR_SHARED_DIR") is { Length: > 0 } dir
            ? Path.GetFullPath(dir)
            : Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));

    /// <summary>The browser the rendering tests drive: Debian's Chromium, or <c>JHR_CHROMIUM</c>.</summary>
    public static string ChromiumPath => Environment.GetEnvironmentVariable("JHR_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>The Python that runs the scikit-learn cross-check: Debian's, or <c>JHR_PYTHON</c>.</summary>
    public static string PythonPath => Environment.GetEnvironmentVariable("JHR_PYTHON") is { Length: > 0 } path ? path : "/usr/bin/python3";

    /// <summary>A path under the shared folder (no check).</summary>
    public static string SharedPath(params string[] parts) => Path.Combine([SharedRoot, .. parts]);

    /// <summary>Why a test needing <c>../shared/relative</c> cannot run, or null when the file or folder is there.</summary>
    public static string? SharedMissing(string relative)
    {
        var path = SharedPath(relative.Split('/'));
        return File.Exists(path) || Directory.Exists(path) ? null
            : $"the reference material ../shared/{relative} is absent (looked at {path}; third-party material beside the checkout, never committed; JHR_SHARED_DIR overrides the folder)";
    }

    /// <summary>Why a Chromium test cannot run, or null.</summary>
    public static string? ChromiumMissing() => File.Exists(ChromiumPath) ? null
        : $"Chromium is absent at {ChromiumPath}; install Debian's browser with 'apt-get install -y chromium' (.ci/run does)";

    /// <summary>axe-core as <c>npm ci</c> installs it beside the report tests (see their package.json; .ci/run does it).</summary>
    public static string AxeScript => Path.Combine(RepositoryRoot, "tests", "Jeugdhulp.Research.Reports.Tests", "node_modules", "axe-core", "axe.min.js");

    /// <summary>Why the accessibility scan cannot run (no Chromium or no axe-core), or null.</summary>
    public static string? AxeMissing() => ChromiumMissing()
        ?? (File.Exists(AxeScript) ? null : "axe-core is not installed; run 'npm ci --prefix tests/Jeugdhulp.Research.Reports.Tests' (.ci/run does)");

    /// <summary>Why the scikit-learn cross-check cannot run, or null.</summary>
    public static string? SklearnMissing()
    {
        var python = PythonPath;
        if (!File.Exists(python)) return $"{python} does not exist; install 'python3-sklearn' (.ci/run does)";
        try
        {
            using var process = Process.Start(new ProcessStartInfo(python, ["-c", "import sklearn"]) { RedirectStandardError = true, RedirectStandardOutput = true })!;
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 ? null
                : $"{python} cannot import sklearn ({error.Trim().Split('\n').LastOrDefault()}); install 'python3-sklearn' (.ci/run does)";
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return $"{python} cannot be started ({e.Message}); install 'python3-sklearn' (.ci/run does)";
        }
    }

    /// <summary>
    /// The <c>Skip</c> reason for a test attribute: the reason where it is missing on a developer's machine; null on
    /// CI (the test then runs and <see cref="Require"/> fails it with the reason) and where nothing is missing.
    /// </summary>
    public static string? SkipReason(string? missing) => SkipReason(missing, OnCi);

    /// <summary><see cref="SkipReason(string?)"/> for a given answer to "on CI?".</summary>
    public static string? SkipReason(string? missing, bool onCi) => missing is null || onCi ? null : "SKIPPED (prerequisite missing): " + missing + ".";

    /// <summary>Fails the test, naming what is missing, when a prerequisite is absent (reached on CI only; elsewhere the test is skipped).</summary>
    public static void Require(string? missing)
    {
        if (missing is not null)
            throw new PrerequisiteMissingException($"CI is set, so a missing prerequisite fails the run: {missing}.");
    }

    /// <summary>A shared path the test needs, failing with the reason when it is absent.</summary>
    public static string RequireShared(string relative)
    {
        Require(SharedMissing(relative));
        return SharedPath(relative.Split('/'));
    }

    /// <summary>The Chromium executable, failing with the reason when it is absent.</summary>
    public static string RequireChromium()
    {
        Require(ChromiumMissing());
        return ChromiumPath;
    }
}

/// <summary>A prerequisite of a test is missing while CI is set.</summary>
internal sealed class PrerequisiteMissingException(string message) : Exception(message);

/// <summary>A fact that needs <c>../shared/relative</c>: skipped with the reason locally, failing with it on CI.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class SharedFileFactAttribute : FactAttribute
{
    /// <summary>Relative to the shared folder, with '/' separators, e.g. <c>interop/refi-qda/Project.xsd</c>.</summary>
    public SharedFileFactAttribute(string relative) => Skip = Prerequisite.SkipReason(Prerequisite.SharedMissing(relative));
}

/// <summary>A fact that drives Debian's Chromium: skipped with the reason locally, failing with it on CI.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute() => Skip = Prerequisite.SkipReason(Prerequisite.ChromiumMissing());
}

/// <summary>The theory form of <see cref="ChromiumFactAttribute"/>.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class ChromiumTheoryAttribute : TheoryAttribute
{
    public ChromiumTheoryAttribute() => Skip = Prerequisite.SkipReason(Prerequisite.ChromiumMissing());
}

/// <summary>A fact that runs axe-core in Chromium: skipped with the reason locally, failing with it on CI.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class AxeFactAttribute : FactAttribute
{
    public AxeFactAttribute() => Skip = Prerequisite.SkipReason(Prerequisite.AxeMissing());
}

/// <summary>A fact that runs scikit-learn: skipped with the reason locally, failing with it on CI.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class SklearnFactAttribute : FactAttribute
{
    public SklearnFactAttribute() => Skip = Prerequisite.SkipReason(Prerequisite.SklearnMissing());
}
