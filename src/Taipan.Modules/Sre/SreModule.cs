using Taipan.Runtime.Binding;
using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Sre;

/// <summary>The _sre module: compile() turns re._compiler's code list into a Pattern; the case and
/// character helpers re._compiler asks while compiling.</summary>
[PyModule("_sre")]
internal static partial class SreModule
{
    public static PyModule Create()
    {
        var m = NativeModules.FromBindings("_sre", InstallPyBindings);
        var d = m.Dict;
        d.SetItem(PyStr.FromAscii("MAGIC"), PyInt.FromLong(SreOp.MAGIC));
        d.SetItem(PyStr.FromAscii("CODESIZE"), PyInt.FromLong(4));
        d.SetItem(PyStr.FromAscii("MAXREPEAT"), PyInt.FromLong(SreOp.MAXREPEAT));
        d.SetItem(PyStr.FromAscii("MAXGROUPS"), PyInt.FromLong(SreOp.MAXGROUPS));
        d.SetItem(PyStr.FromAscii("copyright"), PyStr.FromAscii(" SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB "));
        return m;
    }

    [PyFunction]
    public static long getcodesize() => 4;

    [PyFunction]
    public static bool ascii_iscased(long character) => character < 128 && SreChars.AsciiIsCased((int)character);

    [PyFunction]
    public static bool unicode_iscased(long character) => SreChars.UnicodeIsCased(ToChar(character));

    [PyFunction]
    public static long ascii_tolower(long character) => character < 128 ? SreChars.LowerAscii((int)character) : character;

    [PyFunction]
    public static long unicode_tolower(long character) => SreChars.LowerUnicode(ToChar(character));

    // CPython takes a C int and passes it on as a code point; values past the Unicode range map to themselves.
    private static int ToChar(long c) => c is >= 0 and <= 0x10FFFF ? (int)c : -1;

    [PyFunction(PosOnly = 0)]
    public static PyObject compile(PyObject pattern, long flags, PyObject code, long groups, PyObject groupindex, PyObject indexgroup)
    {
        if (code is not PyList list)
            throw PyErrors.TypeError($"compile() argument 'code' must be list, not {code.type.Name}");
        var words = new uint[list.Count];
        for (int i = 0; i < words.Length; i++)
        {
            var item = list[i];
            var v = item as PyInt ?? throw PyErrors.TypeError($"an integer is required");
            if (!v.IsSmall || v.Small < 0 || v.Small > uint.MaxValue)
                throw PyErrors.OverflowError("regular expression code size limit exceeded");
            words[i] = (uint)v.Small;
        }
        int isBytes = pattern == PyNone.Instance ? -1 : SreSubjects.Kind(pattern) switch
        {
            0 => 0,
            1 => 1,
            _ => throw PyErrors.TypeError($"expected string or bytes-like object, got '{pattern.type.Name}'"),
        };
        if (groupindex is not PyDict gi) throw PyErrors.TypeError($"compile() argument 'groupindex' must be dict, not {groupindex.type.Name}");
        if (indexgroup is not PyTuple ig) throw PyErrors.TypeError($"compile() argument 'indexgroup' must be tuple, not {indexgroup.type.Name}");
        if (groups < 0 || groups > SreOp.MAXGROUPS) throw PyErrors.RuntimeError("invalid SRE code");
        return new SrePattern(words, pattern, flags, (int)groups, gi.Count > 0 ? gi : null, gi.Count > 0 ? ig : null, isBytes);
    }
}
