using System.Collections.Immutable;

namespace Jeugdhulp.Research.Assistant;

/// <summary>
/// What the model suggests for a passage, with the words that drove it, so a coder can see why and disagree.
/// </summary>
/// <param name="Code">The most probable code.</param>
/// <param name="Probability">Its posterior probability under the model (naive Bayes: over-confident; use for ranking).</param>
/// <param name="RunnerUp">The second most probable code, or null.</param>
/// <param name="Evidence">The features that favoured <paramref name="Code"/> over the runner-up most, strongest first.</param>
/// <param name="Ranking">Every code with its probability, most probable first.</param>
public sealed record ModelPrediction(string Code, double Probability, string? RunnerUp, ImmutableArray<WordWeight> Evidence,
    ImmutableArray<KeyValuePair<string, double>> Ranking);
