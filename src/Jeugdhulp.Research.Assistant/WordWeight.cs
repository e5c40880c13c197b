namespace Jeugdhulp.Research.Assistant;

/// <summary>A feature (stem or stem bigram) and how much it pushed a prediction, in natural-log odds.</summary>
/// <param name="Feature">The stem or "stem stem" bigram.</param>
/// <param name="Weight">Its contribution: occurrences × log(P(feature | code) / P(feature | runner-up)).</param>
public sealed record WordWeight(string Feature, double Weight);
