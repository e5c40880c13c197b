using System.Collections.Immutable;
using System.Text;
using Jeugdhulp.Research.Diagnostics;

namespace Jeugdhulp.Research.Comparison;

/// <summary>
/// The filter language of <c>--where</c> and the notebooks, e.g. <c>case=rijn or case=maas</c>,
/// <c>not (cluster=niets-doen) and age_class=oud</c>, <c>specialisation in (specialistisch, hoog-specialistisch)</c>,
/// <c>cluster != "niet-volgen"</c>. Operators: <c>=</c>, <c>!=</c>, <c>in (...)</c>, <c>not in (...)</c>; combined
/// with <c>and</c>, <c>or</c>, <c>not</c> and parentheses (<c>not</c> binds tightest, then <c>and</c>, then <c>or</c>).
/// Values are value ids or Dutch labels (quote a value that contains <c>and</c>, <c>or</c> or a comma); <c>onbekend</c>
/// matches undetermined values. Every attribute and value is checked against the codebook and the data: a typo is an
/// error naming the valid values, never a filter that silently matches no unit.
/// </summary>
public static class UnitFilter
{
    /// <summary>Compiles <paramref name="expression"/> into a predicate over unit rows.</summary>
    /// <exception cref="InputException">Malformed, or naming an unknown attribute or value; located in <c>--where</c>.</exception>
    public static Func<UnitRow, bool> Parse(string expression, UnitTable table, Vocabulary vocabulary) =>
        Compile(expression, table, vocabulary).Matches;

    /// <summary>Compiles <paramref name="expression"/>; diagnostics name <paramref name="source"/> and the column.</summary>
    /// <exception cref="InputException">Every problem found: syntax (the first), unknown attributes and values (all).</exception>
    public static FilterExpression Compile(string expression, UnitTable table, Vocabulary vocabulary, string source = "--where")
    {
        var tokens = Tokenize(expression, source);
        var parser = new Parser(expression, tokens, table, vocabulary, source);
        var result = parser.ParseAll();
        if (parser.Problems.Count > 0) throw new InputException(parser.Problems);
        return result;
    }

    private enum Kind { Word, Quoted, Open, Close, Comma, Equals, NotEquals, End }

    private sealed record Token(Kind Kind, string Text, int Column)
    {
        public bool IsKeyword(string keyword) => Kind == Kind.Word && string.Equals(Text, keyword, StringComparison.OrdinalIgnoreCase);
        public bool IsAnyKeyword => IsKeyword("and") || IsKeyword("or") || IsKeyword("not") || IsKeyword("in");
    }

    private static List<Token> Tokenize(string expression, string source)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < expression.Length)
        {
            var c = expression[i];
            var column = i + 1;
            if (char.IsWhiteSpace(c)) { i++; continue; }
            switch (c)
            {
                case '(': tokens.Add(new Token(Kind.Open, "(", column)); i++; continue;
                case ')': tokens.Add(new Token(Kind.Close, ")", column)); i++; continue;
                case ',': tokens.Add(new Token(Kind.Comma, ",", column)); i++; continue;
                case '=' when i + 1 < expression.Length && expression[i + 1] == '=':
                    throw Problem(source, expression, column, "invalid-filter", "'==' is not an operator; write ATTRIBUTE=VALUE (one '=').");
                case '=': tokens.Add(new Token(Kind.Equals, "=", column)); i++; continue;
                case '!' when i + 1 < expression.Length && expression[i + 1] == '=':
                    tokens.Add(new Token(Kind.NotEquals, "!=", column)); i += 2; continue;
                case '!':
                    throw Problem(source, expression, column, "invalid-filter", "'!' on its own is not an operator; write '!=' or 'not'.");
                case '"' or '\'':
                    var close = expression.IndexOf(c, i + 1);
                    if (close < 0) throw Problem(source, expression, column, "invalid-filter", $"The quote {c} is never closed.");
                    tokens.Add(new Token(Kind.Quoted, expression[(i + 1)..close], column));
                    i = close + 1;
                    continue;
            }
            var start = i;
            while (i < expression.Length && !char.IsWhiteSpace(expression[i]) && "(),=!\"'".IndexOf(expression[i]) < 0) i++;
            tokens.Add(new Token(Kind.Word, expression[start..i], column));
        }
        tokens.Add(new Token(Kind.End, "", expression.Length + 1));
        return tokens;
    }

    private static InputException Problem(string source, string expression, int column, string code, string message) =>
        new(new Diagnostic(source, 1, column, code, $"In '{expression}': {message}"));

    private sealed class Parser(string expression, List<Token> tokens, UnitTable table, Vocabulary vocabulary, string source)
    {
        private int position;
        public List<Diagnostic> Problems { get; } = [];

        private Token Peek => tokens[position];
        private Token Next() => tokens[position++];

        public FilterExpression ParseAll()
        {
            if (Peek.Kind == Kind.End) throw Fail(Peek, "The filter is empty; write ATTRIBUTE=VALUE, e.g. case=maas.");
            var result = ParseOr();
            if (Peek.Kind != Kind.End)
                throw Fail(Peek, Peek.Kind == Kind.Close
                    ? "This ')' closes no '('."
                    : $"Expected 'and', 'or' or the end of the filter, found '{Peek.Text}'.");
            return result;
        }

        private FilterExpression ParseOr()
        {
            var left = ParseAnd();
            while (Peek.IsKeyword("or")) { Next(); left = new FilterExpression.Or(left, ParseAnd()); }
            return left;
        }

        private FilterExpression ParseAnd()
        {
            var left = ParseUnary();
            while (Peek.IsKeyword("and")) { Next(); left = new FilterExpression.And(left, ParseUnary()); }
            return left;
        }

        private FilterExpression ParseUnary()
        {
            if (Peek.IsKeyword("not")) { Next(); return new FilterExpression.Not(ParseUnary()); }
            if (Peek.Kind == Kind.Open)
            {
                var open = Next();
                var inner = ParseOr();
                if (Peek.Kind != Kind.Close) throw Fail(Peek.Kind == Kind.End ? open : Peek, "This '(' is never closed.");
                Next();
                return inner;
            }
            return ParseComparison();
        }

        private FilterExpression ParseComparison()
        {
            var name = Next();
            if (name.Kind != Kind.Word || name.IsAnyKeyword)
                throw Fail(name, name.Kind == Kind.End
                    ? "The filter ends where a condition was expected; write ATTRIBUTE=VALUE."
                    : $"Expected an attribute, found '{name.Text}'; write ATTRIBUTE=VALUE, ATTRIBUTE!=VALUE or ATTRIBUTE in (A,B).");
            var attribute = UnitAttributes.TryResolve(name.Text, table);
            if (attribute is null) Problems.Add(UnitAttributes.UnknownAttribute(name.Text, table, source, name.Column) with { Message = $"In '{expression}': " + UnitAttributes.UnknownAttribute(name.Text, table, source).Message });
            var op = Next();
            bool negated;
            List<(string Text, int Column)> values;
            if (op.Kind is Kind.Equals or Kind.NotEquals)
            {
                negated = op.Kind == Kind.NotEquals;
                values = [ParseValue(op)];
            }
            else if (op.IsKeyword("in") || (op.IsKeyword("not") && Peek.IsKeyword("in")))
            {
                negated = op.IsKeyword("not");
                if (negated) Next();
                values = ParseList();
            }
            else throw Fail(op, $"After '{name.Text}' expected '=', '!=', 'in' or 'not in', found {(op.Kind == Kind.End ? "the end of the filter" : $"'{op.Text}'")}.");
            var ids = new List<string?>();
            foreach (var (text, column) in values)
            {
                if (attribute is null) continue;
                var (id, error) = UnitAttributes.ResolveValue(attribute, text, table, vocabulary, source, column);
                if (error is not null) Problems.Add(error with { Message = $"In '{expression}': {error.Message}" });
                else ids.Add(id);
            }
            return new FilterExpression.Comparison(attribute ?? name.Text, negated, [.. ids]);
        }

        private (string Text, int Column) ParseValue(Token after)
        {
            if (Peek.Kind == Kind.Quoted) { var q = Next(); return (q.Text, q.Column); }
            if (Peek.Kind != Kind.Word || Peek.IsKeyword("and") || Peek.IsKeyword("or"))
                throw Fail(Peek, $"Expected a value after '{after.Text}'{(Peek.Kind == Kind.End ? "" : $", found '{Peek.Text}'")}.");
            // A bare value may have several words ("niet volgen"); it ends at 'and', 'or', ')', ',' or the end.
            var first = Peek;
            var words = new StringBuilder();
            while (Peek.Kind == Kind.Word && !Peek.IsKeyword("and") && !Peek.IsKeyword("or"))
                words.Append(words.Length > 0 ? " " : "").Append(Next().Text);
            if (Peek.Kind is Kind.Equals or Kind.NotEquals)
                throw Fail(Peek, $"'{Peek.Text}' follows a value; join conditions with 'and' or 'or'.");
            return (words.ToString(), first.Column);
        }

        private List<(string Text, int Column)> ParseList()
        {
            var open = Next();
            if (open.Kind != Kind.Open) throw Fail(open, "'in' needs a list in parentheses, e.g. in (a, b).");
            var values = new List<(string, int)> { ParseValue(open) };
            while (Peek.Kind == Kind.Comma) values.Add(ParseValue(Next()));
            if (Peek.Kind != Kind.Close) throw Fail(Peek.Kind == Kind.End ? open : Peek, "The list after 'in' is never closed with ')'.");
            Next();
            return values;
        }

        private InputException Fail(Token at, string message) =>
            new([.. Problems, new Diagnostic(source, 1, at.Column, "invalid-filter", $"In '{expression}': {message}")]);
    }
}

/// <summary>A compiled filter: comparisons combined with and, or and not. Immutable; evaluate with <see cref="Matches"/>.</summary>
public abstract record FilterExpression
{
    /// <summary>Whether the unit satisfies the filter (an undetermined value equals only <c>onbekend</c>).</summary>
    public abstract bool Matches(UnitRow row);

    /// <summary>Both sides hold.</summary>
    public sealed record And(FilterExpression Left, FilterExpression Right) : FilterExpression
    {
        /// <inheritdoc/>
        public override bool Matches(UnitRow row) => Left.Matches(row) && Right.Matches(row);
        /// <inheritdoc/>
        public override string ToString() => $"({Left} and {Right})";
    }

    /// <summary>At least one side holds.</summary>
    public sealed record Or(FilterExpression Left, FilterExpression Right) : FilterExpression
    {
        /// <inheritdoc/>
        public override bool Matches(UnitRow row) => Left.Matches(row) || Right.Matches(row);
        /// <inheritdoc/>
        public override string ToString() => $"({Left} or {Right})";
    }

    /// <summary>The inner filter does not hold.</summary>
    public sealed record Not(FilterExpression Inner) : FilterExpression
    {
        /// <inheritdoc/>
        public override bool Matches(UnitRow row) => !Inner.Matches(row);
        /// <inheritdoc/>
        public override string ToString() => $"not {Inner}";
    }

    /// <summary>The attribute's value is (or, negated, is not) one of the value ids; null stands for <c>onbekend</c>.</summary>
    public sealed record Comparison(string Attribute, bool Negated, ImmutableArray<string?> Values) : FilterExpression
    {
        /// <inheritdoc/>
        public override bool Matches(UnitRow row) => Values.Contains(row[Attribute]) != Negated;
        /// <inheritdoc/>
        public override string ToString() =>
            $"{Attribute}{(Negated ? " not in " : " in ")}({string.Join(",", Values.Select(v => v ?? Category.Unknown.Label))})";
    }
}
