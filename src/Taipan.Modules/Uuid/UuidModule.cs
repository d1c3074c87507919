using System.Runtime.InteropServices;
using Taipan.Runtime.Binding;
using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Uuid;

/// <summary>
/// _uuid: uuid1's time-based UUIDs from the system libuuid (libuuid.so.1, a dependency of Debian's
/// libpython3.11-stdlib, as CPython's _uuid links it), so uuid.uuid1() reports is_safe as CPython does.
/// </summary>
internal static partial class UuidModule
{
    [LibraryImport("libuuid.so.1")]
    private static unsafe partial int uuid_generate_time_safe(byte* output);

    public static PyModule Create()
    {
        var m = NativeModules.FromBindings("_uuid", static _ => { });
        BindingInstaller.AddFunction(m.Dict, "_uuid", "generate_time_safe", static (_, a, k) =>
        {
            ModuleTypes.NoKeywords(k, "_uuid.generate_time_safe");
            if (a.Length != 0) throw PyErrors.TypeError($"_uuid.generate_time_safe() takes no arguments ({a.Length} given)");
            return GenerateTimeSafe();
        });
        m.Dict.SetItem(StrIntern.Intern("has_uuid_generate_time_safe"), PyInt.FromLong(1));
        return m;
    }

    /// <summary>(16 bytes, 0 when generated safely / -1 when not), as uuid_generate_time_safe says.</summary>
    private static unsafe PyObject GenerateTimeSafe()
    {
        var output = new byte[16];
        int res;
        try
        {
            fixed (byte* p = output) res = uuid_generate_time_safe(p);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            throw PyErrors.New(PyTypes.OSError, "libuuid is not available: " + e.Message);
        }
        return PyTuple.Of(PyBytes.From(output), PyInt.FromLong(res));
    }
}
