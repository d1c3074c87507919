using Taipan.Runtime.Objects;

namespace Taipan.Runtime.Interpreter;

/// <summary>Taipan's changes to importlib's module state once _bootstrap_external has executed.</summary>
internal static class ImportlibSetup
{
    /// <summary>Taipan's .pyc magic (see <see cref="CodeCache"/>): importlib then rejects a cache file
    /// from another Taipan build (ImportError from _classify_pyc, so it recompiles and rewrites it)
    /// instead of failing in marshal.loads. importlib.util.MAGIC_NUMBER is copied from here on import.</summary>
    public static void PatchMagic(PyModule external)
    {
        external.Dict.SetItem(StrIntern.Intern("MAGIC_NUMBER"), PyBytes.From((byte[])CodeCache.Magic.Clone()));
        external.Dict.SetItem(StrIntern.Intern("_RAW_MAGIC_NUMBER"), PyInt.FromLong(BitConverter.ToUInt32(CodeCache.Magic)));
    }
}
