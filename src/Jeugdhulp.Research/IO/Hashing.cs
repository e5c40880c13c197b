using System.Security.Cryptography;

namespace Jeugdhulp.Research.IO;

/// <summary>Content hashes for the audit trail: a report states exactly which codebook and data files it was made from.</summary>
public static class Hashing
{
    /// <summary>Lower-case hex SHA-256 of <paramref name="bytes"/>.</summary>
    public static string Sha256Hex(ReadOnlySpan<byte> bytes) => Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant();

    /// <summary>Lower-case hex SHA-256 of a file's bytes.</summary>
    public static string Sha256HexOfFile(string path) => Sha256Hex(File.ReadAllBytes(path));
}
