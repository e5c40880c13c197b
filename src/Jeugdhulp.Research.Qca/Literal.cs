namespace Jeugdhulp.Research.Qca;

/// <summary>
/// A condition or outcome expression: a variable name, optionally negated (<c>~X</c>), so that analyses of
/// the absence of an outcome or condition use the same code path as analyses of its presence.
/// </summary>
/// <param name="Name">The variable name as it appears in the dataset.</param>
/// <param name="Negated">True for <c>~Name</c>.</param>
public readonly record struct Literal(string Name, bool Negated)
{
    /// <summary>Parses <c>X</c> or <c>~X</c> (whitespace around the name is ignored).</summary>
    /// <exception cref="ArgumentException">When the expression is empty or not a single (negated) name.</exception>
    public static Literal Parse(string expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        var text = expression.Trim();
        var negated = false;
        while (text.StartsWith('~'))
        {
            negated = !negated;
            text = text[1..].TrimStart();
        }
        if (text.Length == 0 || text.IndexOfAny(['~', '*', '+', ',', ' ', '(', ')']) >= 0)
        {
            throw new ArgumentException($"'{expression}' is not a condition name or a negated name (~X).", nameof(expression));
        }
        return new Literal(text, negated);
    }

    /// <summary>The negation of this literal (<c>~~X</c> is <c>X</c>).</summary>
    public Literal Negate() => this with { Negated = !Negated };

    /// <summary>Applies the literal to a raw crisp value of its variable.</summary>
    public bool Evaluate(bool value) => value != Negated;

    /// <inheritdoc />
    public override string ToString() => Negated ? "~" + Name : Name;
}
