namespace Jeugdhulp.Research.Notebooks.Tests.Charts;

/// <summary>
/// A test that needs Debian's Chromium at <c>/usr/bin/chromium</c> (never a downloaded browser); where it is absent
/// the test is reported as skipped with the reason and the install line, never silently passed.
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    /// <summary>The browser the tests drive.</summary>
    public const string ExecutablePath = "/usr/bin/chromium";

    /// <summary>Skips unless Chromium is installed.</summary>
    public ChromiumFactAttribute()
    {
        if (!File.Exists(ExecutablePath))
            Skip = $"{ExecutablePath} is absent; install Debian's browser with 'apt-get install -y chromium' to render charts headlessly.";
    }
}

/// <summary>The theory form of <see cref="ChromiumFactAttribute"/>.</summary>
public sealed class ChromiumTheoryAttribute : TheoryAttribute
{
    /// <summary>Skips unless Chromium is installed.</summary>
    public ChromiumTheoryAttribute()
    {
        if (!File.Exists(ChromiumFactAttribute.ExecutablePath))
            Skip = $"{ChromiumFactAttribute.ExecutablePath} is absent; install Debian's browser with 'apt-get install -y chromium' to render charts headlessly.";
    }
}
