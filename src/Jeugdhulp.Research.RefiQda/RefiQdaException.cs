namespace Jeugdhulp.Research.RefiQda;

/// <summary>
/// Thrown when a REFI-QDA file is unsafe or inconsistent (zip slip, zip bomb, DTD, dangling code, bad offsets,
/// duplicate GUIDs) or when a project cannot be written; the message names the zip entry or XML element and line.
/// </summary>
public sealed class RefiQdaException : Exception
{
    /// <summary>Creates the exception with a message that already names the location.</summary>
    public RefiQdaException(string message) : base(message) { }

    /// <summary>Creates the exception wrapping the underlying parser or I/O error.</summary>
    public RefiQdaException(string message, Exception innerException) : base(message, innerException) { }

    /// <summary>Creates the exception with a separate location, prefixed to the message.</summary>
    public RefiQdaException(string location, string message) : base($"{location}: {message}") => Location = location;

    /// <summary>Zip entry or XML element path (with line) where the problem was found, when known.</summary>
    public string? Location { get; }
}
