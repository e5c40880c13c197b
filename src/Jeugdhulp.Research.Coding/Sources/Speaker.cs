namespace Jeugdhulp.Research.Coding.Sources;

/// <summary>
/// A person speaking in an interview, declared in the front matter, so that the account of what they say
/// (self, municipality, third party) can be derived from their organisation.
/// </summary>
/// <param name="Name">Name as written in the speaker turns (<c>**Name (rol):**</c>).</param>
/// <param name="Role">Role: bestuurder, beleid, inkoop, uitvoering, interviewer or another word.</param>
/// <param name="Organisation">The organisation the speaker speaks for, or null (e.g. the interviewer).</param>
public sealed record Speaker(string Name, string? Role, string? Organisation);
