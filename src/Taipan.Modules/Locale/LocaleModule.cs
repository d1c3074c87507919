using System.Runtime.InteropServices;
using Taipan.Modules.Posix;
using Taipan.Runtime.Binding;
using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Locale;

/// <summary>The _locale module over libc's setlocale/nl_langinfo. As CPython at start-up, LC_CTYPE is taken from
/// the environment (coerced from C to C.UTF-8 as PEP 538 does); the other categories stay "C". localeconv gives
/// the C locale's values.</summary>
[PyModule("_locale")]
internal static unsafe partial class LocaleModule
{
    [DllImport("libc", EntryPoint = "nl_langinfo")] private static extern byte* NlLanginfo(int item);
    [DllImport("libc", EntryPoint = "setlocale")] private static extern byte* SetLocale(int category, byte* locale);

    private static bool ctypeInitialised;

    private static void InitCtype()
    {
        if (ctypeInitialised) return;
        ctypeInitialised = true;
        byte* empty = stackalloc byte[1];
        empty[0] = 0;
        var r = SetLocale(0, empty);
        var name = r == null ? "" : FsEncoding.Decode(Libc.CString(r));
        if (name is "C" or "POSIX")
        {
            var utf8 = "C.UTF-8\0"u8;
            fixed (byte* p = utf8) SetLocale(0, p);
        }
    }

    private const int CODESET = 14, CHAR_MAX = 127;

    private static readonly (string Name, int Value)[] Constants =
    {
        ("LC_CTYPE", 0), ("LC_NUMERIC", 1), ("LC_TIME", 2), ("LC_COLLATE", 3), ("LC_MONETARY", 4), ("LC_MESSAGES", 5), ("LC_ALL", 6),
        ("CHAR_MAX", CHAR_MAX), ("CODESET", CODESET), ("D_T_FMT", 131112), ("D_FMT", 131113), ("T_FMT", 131114), ("T_FMT_AMPM", 131115),
        ("AM_STR", 131110), ("PM_STR", 131111), ("RADIXCHAR", 65536), ("THOUSEP", 65537), ("YESEXPR", 327680), ("NOEXPR", 327681),
        ("CRNCYSTR", 262159), ("ERA", 131116), ("ERA_D_FMT", 131118), ("ALT_DIGITS", 131119), ("ERA_D_T_FMT", 131120),
        ("ERA_T_FMT", 131121), ("_DATE_FMT", 131180),
        ("DAY_1", 131079), ("DAY_2", 131080), ("DAY_3", 131081), ("DAY_4", 131082), ("DAY_5", 131083), ("DAY_6", 131084), ("DAY_7", 131085),
        ("ABDAY_1", 131072), ("ABDAY_2", 131073), ("ABDAY_3", 131074), ("ABDAY_4", 131075), ("ABDAY_5", 131076), ("ABDAY_6", 131077),
        ("ABDAY_7", 131078),
        ("MON_1", 131098), ("MON_2", 131099), ("MON_3", 131100), ("MON_4", 131101), ("MON_5", 131102), ("MON_6", 131103),
        ("MON_7", 131104), ("MON_8", 131105), ("MON_9", 131106), ("MON_10", 131107), ("MON_11", 131108), ("MON_12", 131109),
        ("ABMON_1", 131086), ("ABMON_2", 131087), ("ABMON_3", 131088), ("ABMON_4", 131089), ("ABMON_5", 131090), ("ABMON_6", 131091),
        ("ABMON_7", 131092), ("ABMON_8", 131093), ("ABMON_9", 131094), ("ABMON_10", 131095), ("ABMON_11", 131096), ("ABMON_12", 131097),
    };

    private static PyType? error;

    public static PyModule Create()
    {
        var m = NativeModules.FromBindings("_locale", InstallPyBindings);
        foreach (var (name, value) in Constants) m.Dict.SetItem(StrIntern.Intern(name), PyInt.FromLong(value));
        var dict = new PyDict();
        dict.SetItem(Names.Module, PyStr.FromAscii("locale"));
        error = PyType.CreateHeapType(PyTypes.Type, "Error", new[] { PyTypes.Exception }, dict);
        m.Dict.SetItem(StrIntern.Intern("Error"), error);
        InitCtype();
        return m;
    }

    [PyFunction]
    public static PyObject setlocale(PyObject category, PyObject? locale = null)
    {
        int cat = PosixArgs.Fd(category);
        byte* r;
        if (locale is null || locale == PyNone.Instance)
        {
            r = SetLocale(cat, null);
            if (r == null) throw PyErrors.New(error!, "locale query failed");
        }
        else
        {
            var name = locale as PyStr ?? throw PyErrors.TypeError($"setlocale() argument 2 must be str or None, not {locale.type.Name}");
            var z = FsEncoding.CString(name);
            fixed (byte* p = z) r = SetLocale(cat, p);
            if (r == null) throw PyErrors.New(error!, "unsupported locale setting");
        }
        return FsEncoding.DecodeToStr(Libc.CString(r));
    }

    [PyFunction]
    public static PyObject localeconv()
    {
        var d = new PyDict();
        void S(string k, string v) => d.SetItem(PyStr.FromAscii(k), PyStr.FromAscii(v));
        void I(string k, long v) => d.SetItem(PyStr.FromAscii(k), PyInt.FromLong(v));
        S("int_curr_symbol", ""); S("currency_symbol", ""); S("mon_decimal_point", ""); S("mon_thousands_sep", "");
        d.SetItem(PyStr.FromAscii("mon_grouping"), new PyList());
        S("positive_sign", ""); S("negative_sign", "");
        foreach (var k in new[] { "int_frac_digits", "frac_digits", "p_cs_precedes", "p_sep_by_space", "n_cs_precedes", "n_sep_by_space", "p_sign_posn", "n_sign_posn" })
            I(k, CHAR_MAX);
        S("decimal_point", "."); S("thousands_sep", "");
        d.SetItem(PyStr.FromAscii("grouping"), new PyList());
        return d;
    }

    [PyFunction]
    public static PyObject nl_langinfo(PyObject key)
    {
        int k = PosixArgs.Fd(key);
        foreach (var (_, value) in Constants)
            if (value == k && k != CHAR_MAX && k > 6) return FsEncoding.DecodeToStr(Libc.CString(NlLanginfo(k)));
        throw PyErrors.ValueError("unsupported langinfo constant");
    }

    [PyFunction]
    public static PyObject getencoding() => FsEncoding.DecodeToStr(Libc.CString(NlLanginfo(CODESET)));

    [PyFunction]
    public static long strcoll(PyObject os1, PyObject os2)
    {
        var a = os1 as PyStr ?? throw PyErrors.TypeError($"strcoll() argument 1 must be str, not {os1.type.Name}");
        var b = os2 as PyStr ?? throw PyErrors.TypeError($"strcoll() argument 2 must be str, not {os2.type.Name}");
        // The C locale collates by code point.
        var x = a.Value; var y = b.Value;
        int i = 0, j = 0;
        while (i < x.Length && j < y.Length)
        {
            int cx = NextCodePoint(x, ref i), cy = NextCodePoint(y, ref j);
            if (cx != cy) return cx < cy ? -1 : 1;
        }
        return i < x.Length ? 1 : j < y.Length ? -1 : 0;
    }

    private static int NextCodePoint(string s, ref int i)
    {
        if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
        {
            int cp = char.ConvertToUtf32(s[i], s[i + 1]);
            i += 2;
            return cp;
        }
        return s[i++];
    }

    [PyFunction]
    public static PyObject strxfrm(PyObject @string) =>
        @string as PyStr ?? throw PyErrors.TypeError($"strxfrm() argument must be str, not {@string.type.Name}");

    [PyFunction] public static PyObject gettext(PyObject msg) => msg;
    [PyFunction] public static PyObject dgettext(PyObject domain, PyObject msg) => msg;
    [PyFunction] public static PyObject dcgettext(PyObject domain, PyObject msg, PyObject category) => msg;
    [PyFunction] public static PyObject textdomain(PyObject domain) => domain == PyNone.Instance ? PyStr.FromAscii("messages") : domain;
    [PyFunction] public static PyObject bindtextdomain(PyObject domain, PyObject dir) => dir;
    [PyFunction] public static PyObject bind_textdomain_codeset(PyObject domain, PyObject codeset) => codeset;
}
