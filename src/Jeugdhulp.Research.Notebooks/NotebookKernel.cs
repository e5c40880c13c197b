namespace Jeugdhulp.Research.Notebooks;

/// <summary>
/// What a notebook cell can call, as in Polyglot Notebooks: <c>display(value)</c> and <c>value.Display()</c>. The
/// runner imports this class statically into every cell; outside a run the value is printed as plain text.
/// </summary>
public static class NotebookKernel
{
    private static readonly AsyncLocal<CellOutputs?> s_current = new();

    internal static CellOutputs? Current
    {
        get => s_current.Value;
        set => s_current.Value = value;
    }

    /// <summary>Shows a value below the cell (display_data), formatted as HTML when its type has an HTML formatter; optionally only the given MIME types.</summary>
#pragma warning disable IDE1006, CA1707 // Lower-case like .NET Interactive's Kernel.display, so notebooks run unchanged in both.
    public static void display(object? value, params string[] mimeTypes)
#pragma warning restore IDE1006, CA1707
    {
        if (Current is { } outputs) outputs.Display(value, mimeTypes);
        else Console.WriteLine(DisplayFormatter.ToPlainText(value));
    }

    /// <summary>Extension form of <see cref="display"/>, as .NET Interactive's <c>Display()</c>.</summary>
    public static void Display(this object? value, params string[] mimeTypes) => display(value, mimeTypes);
}
