using Taipan.Runtime.Objects;

namespace Taipan.Runtime.Interpreter;

/// <summary>PyErr_WarnEx from native code: warnings.warn(message, category, stacklevel), so filters,
/// the once-per-location registry and -W error apply; a filter that errors raises here.</summary>
internal static class RuntimeWarnings
{
    public static void Warn(PyType category, string message, int stacklevel = 1)
    {
        PyObject warnings;
        try
        {
            warnings = Import.ImportAbsolute("warnings");
        }
        catch (PyException)
        {
            return; // warnings.py cannot be imported (yet): carry on unwarned
        }
        PyOps.CallMethod(warnings, "warn", new PyObject[] { PyStr.FromString(message), category, PyInt.FromLong(stacklevel) });
    }
}
