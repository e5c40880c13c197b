namespace Jeugdhulp.Research.Coding;

/// <summary>
/// Whose account a coded segment is. The dissertation warns that relying on the municipality's view gives bias
/// (line 2024) and that organisations may say one thing and do another (public and hidden script, line 777), so
/// every judgment records whose words it rests on.
/// </summary>
public enum Account
{
    /// <summary>The responding organisation itself (the unit's provider, or whatever organisation responds).</summary>
    Self,
    /// <summary>The steering municipality (the case).</summary>
    Municipality,
    /// <summary>Anybody else: another provider, a wijkteam, the interviewer's summary.</summary>
    ThirdParty,
    /// <summary>The author of a document: its public script, whoever wrote it.</summary>
    DocumentAuthor,
}
