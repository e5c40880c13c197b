using System.Text;

namespace Jeugdhulp.Research.Notebooks;

/// <summary>
/// Sends Console output written while a cell runs (on its async flow, including tasks it starts) to that cell's
/// outputs, and everything else to where it went before, so a run never swallows the host's own output.
/// </summary>
internal sealed class ConsoleCapture(TextWriter fallback, string stream) : TextWriter
{
    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value) => Write(value.ToString());

    public override void Write(string? value)
    {
        if (value is null) return;
        if (NotebookKernel.Current is { } outputs) outputs.Write(stream, value);
        else fallback.Write(value);
    }

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void WriteLine(string? value) => Write((value ?? "") + "\n");

    public override void WriteLine() => Write("\n");

    public override void Flush()
    {
        if (NotebookKernel.Current is null) fallback.Flush();
    }
}
