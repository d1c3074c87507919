using System.Runtime.InteropServices;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Compression;

/// <summary>Importing _bz2/_lzma on a machine without the shared library fails as CPython's extension
/// module does (ImportError naming the library), instead of a .NET DllNotFoundException at the first
/// call.</summary>
internal static class NativeLibraryCheck
{
    public static void Require(string library)
    {
        if (NativeLibrary.TryLoad(library, out var handle))
        {
            NativeLibrary.Free(handle);
            return;
        }
        throw PyErrors.New(PyTypes.ImportError, $"{library}: cannot open shared object file: No such file or directory");
    }
}
