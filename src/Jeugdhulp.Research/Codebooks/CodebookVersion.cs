using System.Globalization;

namespace Jeugdhulp.Research.Codebooks;

/// <summary>A codebook version <c>MAJOR.MINOR[.PATCH]</c>, ordered numerically (1.10.0 after 1.9.0).</summary>
/// <param name="Major">Incompatible changes.</param>
/// <param name="Minor">Additions only.</param>
/// <param name="Patch">Corrections of wording or sources.</param>
public readonly record struct CodebookVersion(int Major, int Minor, int Patch) : IComparable<CodebookVersion>
{
    /// <summary>The version, or null when <paramref name="text"/> is not two or three non-negative whole numbers joined by dots.</summary>
    public static CodebookVersion? TryParse(string? text)
    {
        var parts = (text ?? "").Trim().Split('.');
        if (parts.Length is < 2 or > 3) return null;
        var numbers = new int[3];
        for (var i = 0; i < parts.Length; i++)
            if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i])) return null;
        return new CodebookVersion(numbers[0], numbers[1], numbers[2]);
    }

    /// <inheritdoc />
    public int CompareTo(CodebookVersion other) =>
        Major != other.Major ? Major.CompareTo(other.Major) : Minor != other.Minor ? Minor.CompareTo(other.Minor) : Patch.CompareTo(other.Patch);

    /// <inheritdoc />
    public override string ToString() => $"{Major}.{Minor}.{Patch}";
}
