using System.Security.Cryptography;
using System.Text;

namespace Jeugdhulp.Research.Interop;

/// <summary>
/// Name-based GUIDs (RFC 4122 version 5, SHA-1). A code keeps the same GUID in every export, so a QDA tool that
/// re-imports an updated codebook recognises its codes instead of duplicating them.
/// </summary>
public static class StableGuid
{
    /// <summary>The namespace of this toolkit's GUIDs (itself a fixed random GUID; never change it).</summary>
    public static readonly Guid Namespace = new("5b0f3a52-8e0c-4a53-9d1e-6a1f2f0d7c11");

    /// <summary>The version-5 GUID of <paramref name="name"/> in <paramref name="namespaceId"/> (default: this toolkit's).</summary>
    public static Guid FromName(string name, Guid? namespaceId = null)
    {
        var ns = (namespaceId ?? Namespace).ToByteArray();
        SwapToNetworkOrder(ns);
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var input = new byte[ns.Length + nameBytes.Length];
        ns.CopyTo(input, 0);
        nameBytes.CopyTo(input, ns.Length);
        var hash = SHA1.HashData(input);
        var bytes = hash[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50); // version 5
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
        SwapToNetworkOrder(bytes);
        return new Guid(bytes);
    }

    // System.Guid stores its first three fields little-endian; RFC 4122 hashes them big-endian.
    private static void SwapToNetworkOrder(byte[] g)
    {
        (g[0], g[3]) = (g[3], g[0]);
        (g[1], g[2]) = (g[2], g[1]);
        (g[4], g[5]) = (g[5], g[4]);
        (g[6], g[7]) = (g[7], g[6]);
    }
}
