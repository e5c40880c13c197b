using Jeugdhulp.Research.Server.Tests.Support;

namespace Jeugdhulp.Research.Server.Tests;

/// <summary><c>jhr serve</c> refuses what it cannot serve before it starts listening.</summary>
public sealed class ServeCommandTests
{
    [Fact]
    public void Serve_refuses_a_folder_that_is_not_a_coding_project()
    {
        var dir = TestStudy.TempDirectory();
        var result = TestStudy.Jhr("serve", dir);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"jhr: '{dir}' is not a coding project (no project.yaml); create one with 'jhr init' or 'jhr qdpx import'.", result.Error.Trim());
    }

    [Fact]
    public void Serve_refuses_a_port_outside_the_range()
    {
        var result = TestStudy.Jhr("serve", TestStudy.Create(), "--port", "70000");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--port must be between 0 (a free port) and 65535.", result.Error);
    }
}
