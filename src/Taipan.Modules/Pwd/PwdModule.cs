using System.Runtime.InteropServices;
using Taipan.Modules.Posix;
using Taipan.Runtime.Binding;
using Taipan.Runtime.Builtins;
using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Pwd;

/// <summary>The pwd module: the password database through libc's getpw* calls.</summary>
[PyModule("pwd")]
internal static unsafe partial class PwdModule
{
    [StructLayout(LayoutKind.Sequential)]
    private struct Passwd
    {
        public byte* pw_name, pw_passwd;
        public uint pw_uid, pw_gid;
        public byte* pw_gecos, pw_dir, pw_shell;
    }

    [DllImport("libc", SetLastError = true)] private static extern Passwd* getpwnam(byte* name);
    [DllImport("libc", SetLastError = true)] private static extern Passwd* getpwuid(uint uid);
    [DllImport("libc", SetLastError = true)] private static extern Passwd* getpwent();
    [DllImport("libc")] private static extern void setpwent();
    [DllImport("libc")] private static extern void endpwent();

    private static PyType StructPasswd => StructSequence.TypeFor("pwd.struct_passwd",
        new[] { "pw_name", "pw_passwd", "pw_uid", "pw_gid", "pw_gecos", "pw_dir", "pw_shell" });

    public static PyModule Create()
    {
        var m = NativeModules.FromBindings("pwd", InstallPyBindings);
        m.Dict.SetItem(StrIntern.Intern("struct_passwd"), StructPasswd);
        return m;
    }

    private static PyObject S(byte* p) => FsEncoding.DecodeToStr(Libc.CString(p));

    private static PyObject Make(Passwd* p) => StructSequence.Make(StructPasswd, new PyObject[] {
        S(p->pw_name), S(p->pw_passwd), PyInt.FromLong(p->pw_uid), PyInt.FromLong(p->pw_gid), S(p->pw_gecos), S(p->pw_dir), S(p->pw_shell) });

    [PyFunction]
    public static PyObject getpwuid(PyObject uid)
    {
        var i = PyOps.Index(uid);
        if (!i.IsSmall || i.Small < -1 || i.Small > uint.MaxValue)
            throw PyErrors.KeyError(PyStr.FromString($"getpwuid(): uid not found"));
        var p = getpwuid(unchecked((uint)i.Small));
        if (p == null) throw PyErrors.KeyError(PyStr.FromString($"getpwuid(): uid not found: {i.Small}"));
        return Make(p);
    }

    [PyFunction]
    public static PyObject getpwnam(PyObject name)
    {
        var s = name as PyStr ?? throw PyErrors.TypeError($"getpwnam() argument must be str, not {name.type.Name}");
        var z = FsEncoding.CString(s);
        Passwd* p;
        fixed (byte* n = z) p = getpwnam(n);
        if (p == null) throw PyErrors.KeyError(PyStr.FromString($"getpwnam(): name not found: {PyOps.Repr(s).Value}"));
        return Make(p);
    }

    [PyFunction]
    public static PyObject getpwall()
    {
        var list = new PyList();
        setpwent();
        try
        {
            Passwd* p;
            while ((p = getpwent()) != null) list.Append(Make(p));
        }
        finally { endpwent(); }
        return list;
    }
}
