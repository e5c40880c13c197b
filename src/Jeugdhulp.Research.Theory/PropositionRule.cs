namespace Jeugdhulp.Research.Theory;

/// <summary>
/// One conditional rule of a proposition: units for which <see cref="When"/> holds are predicted to satisfy
/// <see cref="Then"/>. Both are expressions in the filter language of <c>jhr table --where</c>.
/// </summary>
/// <param name="When">Condition over unit attributes, e.g. <c>kenmerk.weten=+ and kenmerk.willen=+</c>.</param>
/// <param name="WhenAt">Where the condition starts in the file.</param>
/// <param name="Then">Prediction, e.g. <c>cluster=volgen</c> or <c>cluster!=niets-doen</c>.</param>
/// <param name="ThenAt">Where the prediction starts in the file.</param>
public sealed record PropositionRule(string When, TextPosition WhenAt, string Then, TextPosition ThenAt);
