namespace Jeugdhulp.Research.RefiQda;

/// <summary>Kind of an <see cref="ImportIssue"/>, so callers can tell data loss from harmless normalisation.</summary>
public enum ImportIssueKind
{
    /// <summary>Something could not be mapped and was dropped (data loss; show it to the user).</summary>
    NotMapped,

    /// <summary>Something was not mapped to the model but preserved as opaque XML or bytes for export.</summary>
    Preserved,

    /// <summary>A value was normalised (namespace, encoding, CRLF offsets, lexical form).</summary>
    Normalised,

    /// <summary>A missing optional or required value was replaced by a default.</summary>
    Defaulted,

    /// <summary>A reference points at an object that is not in the project (kept as is).</summary>
    DanglingReference,
}
