using System.Runtime.InteropServices;

namespace Taipan.Modules.Hashlib;

/// <summary>The few libcrypto (OpenSSL 3) digest calls hashlib needs. .NET itself loads the same
/// library for its own cryptography; calling EVP directly gives every algorithm CPython's _hashlib
/// offers (sha224, sha3, shake, blake2 included) with one code path.</summary>
internal static partial class OpenSsl
{
    private const string Lib = "libcrypto.so.3";

    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)]
    public static partial nint EVP_get_digestbyname(string name);

    [LibraryImport(Lib)] public static partial nint EVP_MD_CTX_new();
    [LibraryImport(Lib)] public static partial void EVP_MD_CTX_free(nint ctx);
    [LibraryImport(Lib)] public static partial int EVP_DigestInit_ex(nint ctx, nint md, nint engine);
    [LibraryImport(Lib)] public static unsafe partial int EVP_DigestUpdate(nint ctx, byte* data, nuint count);
    [LibraryImport(Lib)] public static unsafe partial int EVP_DigestFinal_ex(nint ctx, byte* md, out uint size);
    [LibraryImport(Lib)] public static unsafe partial int EVP_DigestFinalXOF(nint ctx, byte* md, nuint size);
    [LibraryImport(Lib)] public static partial int EVP_MD_CTX_copy_ex(nint dst, nint src);
    [LibraryImport(Lib)] public static partial int EVP_MD_get_size(nint md);
    [LibraryImport(Lib)] public static partial int EVP_MD_get_block_size(nint md);
}
