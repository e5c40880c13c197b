namespace Jeugdhulp.Research.RefiQda.Tests.Support;

/// <summary>
/// A fact that needs a file from ../shared/interop/refi-qda (schema, ATLAS.ti exports); it is skipped, with the
/// missing path as the visible reason, on machines without that folder instead of failing.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SharedFileFactAttribute : FactAttribute
{
    public SharedFileFactAttribute(string fileName)
    {
        var path = Path.Combine(TestPaths.SharedRefiQda, fileName);
        if (!File.Exists(path))
        {
            Skip = $"shared REFI-QDA file not available: {path}";
        }
    }
}
