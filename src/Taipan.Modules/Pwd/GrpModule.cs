using System.Runtime.InteropServices;
using Taipan.Modules.Posix;
using Taipan.Runtime.Binding;
using Taipan.Runtime.Builtins;
using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Pwd;

/// <summary>The grp module: the group database through libc's getgr* calls.</summary>
[PyModule("grp")]
internal static unsafe partial class GrpModule
{
    [StructLayout(LayoutKind.Sequential)]
    private struct Group
    {
        public byte* gr_name, gr_passwd;
        public uint gr_gid;
        public byte** gr_mem;
    }

    [DllImport("libc", SetLastError = true)] private static extern Group* getgrnam(byte* name);
    [DllImport("libc", SetLastError = true)] private static extern Group* getgrgid(uint gid);
    [DllImport("libc", SetLastError = true)] private static extern Group* getgrent();
    [DllImport("libc")] private static extern void setgrent();
    [DllImport("libc")] private static extern void endgrent();

    private static PyType StructGroup => StructSequence.TypeFor("grp.struct_group", new[] { "gr_name", "gr_passwd", "gr_gid", "gr_mem" });

    public static PyModule Create()
    {
        var m = NativeModules.FromBindings("grp", InstallPyBindings);
        m.Dict.SetItem(StrIntern.Intern("struct_group"), StructGroup);
        return m;
    }

    private static PyObject S(byte* p) => FsEncoding.DecodeToStr(Libc.CString(p));

    private static PyObject Make(Group* g)
    {
        var mem = new PyList();
        for (byte** m = g->gr_mem; m != null && *m != null; m++) mem.Append(S(*m));
        return StructSequence.Make(StructGroup, new PyObject[] { S(g->gr_name), S(g->gr_passwd), PyInt.FromLong(g->gr_gid), mem });
    }

    [PyFunction(PosOnly = 0)]
    public static PyObject getgrgid(PyObject id)
    {
        var i = PyOps.Index(id);
        if (!i.IsSmall || i.Small < -1 || i.Small > uint.MaxValue)
            throw PyErrors.KeyError(PyStr.FromString("getgrgid(): gid not found"));
        var g = getgrgid(unchecked((uint)i.Small));
        if (g == null) throw PyErrors.KeyError(PyStr.FromString($"getgrgid(): gid not found: {i.Small}"));
        return Make(g);
    }

    [PyFunction(PosOnly = 0)]
    public static PyObject getgrnam(PyObject name)
    {
        var s = name as PyStr ?? throw PyErrors.TypeError($"getgrnam() argument 'name' must be str, not {name.type.Name}");
        var z = FsEncoding.CString(s);
        Group* g;
        fixed (byte* n = z) g = getgrnam(n);
        if (g == null) throw PyErrors.KeyError(PyStr.FromString($"getgrnam(): name not found: {PyOps.Repr(s).Value}"));
        return Make(g);
    }

    [PyFunction]
    public static PyObject getgrall()
    {
        var list = new PyList();
        setgrent();
        try
        {
            Group* g;
            while ((g = getgrent()) != null) list.Append(Make(g));
        }
        finally { endgrent(); }
        return list;
    }
}
