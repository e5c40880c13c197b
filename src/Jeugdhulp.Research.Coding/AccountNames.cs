namespace Jeugdhulp.Research.Coding;

/// <summary>Converts <see cref="Account"/> to and from the words used in files (<c>self</c>, <c>third-party</c>, ...).</summary>
public static class AccountNames
{
    /// <summary>The words accepted in files, in enum order.</summary>
    public static readonly IReadOnlyList<string> All = ["self", "municipality", "third-party", "document-author"];

    /// <summary>The file word for an account.</summary>
    public static string ToName(Account account) => All[(int)account];

    /// <summary>Parses a file word; false when unknown.</summary>
    public static bool TryParse(string text, out Account account)
    {
        var index = All.ToList().IndexOf(text);
        account = index < 0 ? default : (Account)index;
        return index >= 0;
    }
}
