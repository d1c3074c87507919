using System.Runtime.InteropServices;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Lzma;

/// <summary>Filter specifiers: Python dicts ({"id": FILTER_LZMA2, "preset": 6, ...}) to liblzma's
/// lzma_filter structs and back, with _lzmamodule.c's validation and messages. The options structs
/// live in native memory; a chain is freed by <see cref="FreeChain"/>.</summary>
internal static unsafe class FilterSpecs
{
    // Options structs are allocated larger than liblzma 5.4's (112, 40, 4 bytes): the tails are
    // reserved fields liblzma expects to be zero, and a newer library may read a little further.
    private const int OptionsSize = 256;

    private static readonly string[] LzmaOptions = ["id", "preset", "dict_size", "lc", "lp", "pb", "mode", "nice_len", "mf", "depth"];
    private static readonly string[] DeltaOptions = ["id", "dist"];
    private static readonly string[] BcjOptions = ["id", "start_offset"];

    /// <summary>parse_filter_chain_spec: fills filters[0..n) and terminates with LZMA_VLI_UNKNOWN.
    /// <paramref name="filters"/> has room for LZMA_FILTERS_MAX + 1 entries.</summary>
    public static void ParseChain(PyObject specs, LzmaFilter* filters)
    {
        filters[0].id = LibLzma.LZMA_VLI_UNKNOWN;
        if (specs is PyDict) throw PyErrors.TypeError($"{specs.type.Name} is not a sequence");
        long n = PyOps.Length(specs);
        if (n > LibLzma.LZMA_FILTERS_MAX)
            throw PyErrors.ValueError($"Too many filters - liblzma supports a maximum of {LibLzma.LZMA_FILTERS_MAX}");
        try
        {
            for (int i = 0; i < n; i++)
            {
                var spec = PyOps.GetItem(specs, PyInt.FromLong(i));
                Parse(spec, &filters[i]);
                filters[i + 1].id = LibLzma.LZMA_VLI_UNKNOWN;
            }
        }
        catch
        {
            FreeChain(filters);
            throw;
        }
        filters[n].id = LibLzma.LZMA_VLI_UNKNOWN;
    }

    public static void FreeChain(LzmaFilter* filters)
    {
        for (int i = 0; i <= LibLzma.LZMA_FILTERS_MAX && filters[i].id != LibLzma.LZMA_VLI_UNKNOWN; i++) Free(&filters[i]);
    }

    public static void Free(LzmaFilter* f)
    {
        if (f->options != null) NativeMemory.Free(f->options);
        f->options = null;
        f->id = LibLzma.LZMA_VLI_UNKNOWN;
    }

    /// <summary>lzma_filter_converter: on failure <paramref name="f"/> holds no options.</summary>
    public static void Parse(PyObject spec, LzmaFilter* f)
    {
        f->id = LibLzma.LZMA_VLI_UNKNOWN;
        f->options = null;
        if (spec.type.GetItem is null) throw PyErrors.TypeError("Filter specifier must be a dict or dict-like object");
        var idObj = OptionalItem(spec, "id") ?? throw PyErrors.ValueError("Filter specifier must have an \"id\" entry");
        ulong id = UnsignedLongLong(idObj);
        switch (id)
        {
            case LibLzma.LZMA_FILTER_LZMA1:
            case LibLzma.LZMA_FILTER_LZMA2:
                f->options = ParseLzma(spec);
                break;
            case LibLzma.LZMA_FILTER_DELTA:
            {
                var v = ParseOptions(spec, DeltaOptions, "delta");
                uint dist = v[1] is null ? 1 : v[1]!.Value;
                var o = (uint*)NativeMemory.AllocZeroed(OptionsSize);
                o[0] = 0; // LZMA_DELTA_TYPE_BYTE
                o[1] = dist;
                f->options = o;
                break;
            }
            case LibLzma.LZMA_FILTER_X86:
            case LibLzma.LZMA_FILTER_POWERPC:
            case LibLzma.LZMA_FILTER_IA64:
            case LibLzma.LZMA_FILTER_ARM:
            case LibLzma.LZMA_FILTER_ARMTHUMB:
            case LibLzma.LZMA_FILTER_SPARC:
            {
                var v = ParseOptions(spec, BcjOptions, "BCJ");
                var o = (uint*)NativeMemory.AllocZeroed(OptionsSize);
                o[0] = v[1] ?? 0;
                f->options = o;
                break;
            }
            default:
                throw PyErrors.ValueError($"Invalid filter ID: {id}");
        }
        f->id = id;
    }

    /// <summary>parse_filter_spec_lzma: the preset's options first, then the dict's overrides.</summary>
    private static LzmaOptionsLzma* ParseLzma(PyObject spec)
    {
        uint preset = LibLzma.LZMA_PRESET_DEFAULT;
        if (OptionalItem(spec, "preset") is { } presetObj) preset = UInt32(presetObj);
        var o = (LzmaOptionsLzma*)NativeMemory.AllocZeroed(OptionsSize);
        if (LibLzma.lzma_lzma_preset(o, preset) != 0)
        {
            NativeMemory.Free(o);
            throw LzmaModule.LzmaError($"Invalid compression preset: {preset}");
        }
        uint?[] v;
        try
        {
            v = ParseOptions(spec, LzmaOptions, "LZMA");
        }
        catch
        {
            NativeMemory.Free(o);
            throw;
        }
        if (v[2] is { } dictSize) o->dict_size = dictSize;
        if (v[3] is { } lc) o->lc = lc;
        if (v[4] is { } lp) o->lp = lp;
        if (v[5] is { } pb) o->pb = pb;
        if (v[6] is { } mode) o->mode = mode;
        if (v[7] is { } niceLen) o->nice_len = niceLen;
        if (v[8] is { } mf) o->mf = mf;
        if (v[9] is { } depth) o->depth = depth;
        return o;
    }

    /// <summary>PyArg_ParseTupleAndKeywords((), spec, "|OO&O&...", names): the spec must be a real dict
    /// of known str keys whose values (after "id" and "preset", taken as they are) fit a uint32_t;
    /// any failure becomes "Invalid filter specifier for X filter".</summary>
    private static uint?[] ParseOptions(PyObject spec, string[] names, string what)
    {
        var invalid = PyErrors.ValueError($"Invalid filter specifier for {what} filter");
        if (spec is not PyDict d) throw invalid;
        var values = new uint?[names.Length];
        int pos = 0;
        while (d.Next(ref pos, out var key, out var value))
        {
            if (key is not PyStr ks) throw invalid;
            int index = Array.IndexOf(names, ks.Value);
            if (index < 0) throw invalid;
            if (ks.Value is "id" or "preset") continue; // "O": any object
            try
            {
                values[index] = UInt32(value);
            }
            catch (PyException)
            {
                throw invalid;
            }
        }
        return values;
    }

    /// <summary>PyMapping_GetItemString, a missing key (KeyError) read as null.</summary>
    private static PyObject? OptionalItem(PyObject spec, string key)
    {
        if (spec is PyDict d && d.type == PyTypes.Dict) return d.GetItemOrNull(PyStr.FromAscii(key));
        try
        {
            return PyOps.GetItem(spec, PyStr.FromAscii(key));
        }
        catch (PyException e) when (e.Matches(PyTypes.KeyError))
        {
            return null;
        }
    }

    /// <summary>PyLong_AsUnsignedLongLong: ints only (no __index__), CPython's messages.</summary>
    public static ulong UnsignedLongLong(PyObject o)
    {
        if (o is not PyInt i) throw PyErrors.TypeError("an integer is required");
        if (i.IsSmall)
        {
            if (i.Small < 0) throw PyErrors.OverflowError("can't convert negative int to unsigned");
            return (ulong)i.Small;
        }
        var big = i.Big;
        if (big.Sign < 0) throw PyErrors.OverflowError("can't convert negative int to unsigned");
        if (big > ulong.MaxValue) throw PyErrors.OverflowError("int too big to convert");
        return (ulong)big;
    }

    /// <summary>_lzmamodule.c's uint32_converter.</summary>
    public static uint UInt32(PyObject o)
    {
        ulong v = UnsignedLongLong(o);
        if (v > uint.MaxValue) throw PyErrors.OverflowError("Value too large for uint32_t type");
        return (uint)v;
    }

    /// <summary>build_filter_spec: the fields lzma_properties_{encode,decode} look at.</summary>
    public static PyDict Build(LzmaFilter* f)
    {
        var spec = new PyDict();
        void Add(string key, ulong value) => spec.SetItem(StrIntern.Intern(key), PyInt.FromULong(value));
        Add("id", f->id);
        switch (f->id)
        {
            case LibLzma.LZMA_FILTER_LZMA1:
            {
                var o = (LzmaOptionsLzma*)f->options;
                Add("lc", o->lc);
                Add("lp", o->lp);
                Add("pb", o->pb);
                Add("dict_size", o->dict_size);
                break;
            }
            case LibLzma.LZMA_FILTER_LZMA2:
                Add("dict_size", ((LzmaOptionsLzma*)f->options)->dict_size);
                break;
            case LibLzma.LZMA_FILTER_DELTA:
                Add("dist", ((uint*)f->options)[1]);
                break;
            case LibLzma.LZMA_FILTER_X86:
            case LibLzma.LZMA_FILTER_POWERPC:
            case LibLzma.LZMA_FILTER_IA64:
            case LibLzma.LZMA_FILTER_ARM:
            case LibLzma.LZMA_FILTER_ARMTHUMB:
            case LibLzma.LZMA_FILTER_SPARC:
                // liblzma leaves the options NULL for empty properties (start offset 0); CPython
                // dereferences them and crashes.
                Add("start_offset", f->options == null ? 0 : ((uint*)f->options)[0]);
                break;
            default:
                throw PyErrors.ValueError($"Invalid filter ID: {f->id}");
        }
        return spec;
    }
}
