namespace Jeugdhulp.Research.Assistant;

/// <summary>A coded passage the model learns from.</summary>
/// <param name="Text">The passage.</param>
/// <param name="Code">Its code (or a label such as "geen" for passages that carry none).</param>
public sealed record TrainingExample(string Text, string Code);
