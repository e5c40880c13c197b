namespace Jeugdhulp.Research.Coding.Projects;

/// <summary>A coder listed in <c>project.yaml</c>; codings by anyone not listed are rejected, so a typo cannot create a third coder.</summary>
/// <param name="Id">The name used in markers (<c>@coderA</c>) and CSV files.</param>
/// <param name="Name">Full name or description, optional.</param>
public sealed record Coder(string Id, string? Name);
