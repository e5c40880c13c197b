using System.Collections.Immutable;
using Jeugdhulp.Research.Diagnostics;

namespace Jeugdhulp.Research.Coding.Segments;

/// <summary>A marked-up text split into the marker-free text and the codings its markers carried.</summary>
/// <param name="Text">The text with every marker removed; segment offsets point into it.</param>
/// <param name="Segments">The codings, in the order their markers open.</param>
/// <param name="Errors">Malformed, unmatched or unclosed markers, with file, line and column.</param>
public sealed record MarkerParseResult(string Text, ImmutableArray<CodedSegment> Segments, ImmutableArray<Diagnostic> Errors);
