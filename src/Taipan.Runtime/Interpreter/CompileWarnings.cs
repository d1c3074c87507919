using Taipan.Compiler.Diagnostics;
using Taipan.Runtime.Objects;

namespace Taipan.Runtime.Interpreter;

/// <summary>
/// Issues the compiler's SyntaxWarnings through warnings.warn_explicit (filters, the once-per-location
/// registry, -W error), as compiler_warn does with PyErr_WarnExplicitObject; a warning that a filter
/// turns into an exception becomes the SyntaxError at the warning's place.
/// </summary>
internal static class CompileWarnings
{
    public static void Issue(List<CompileWarning> warnings)
    {
        if (warnings.Count == 0) return;
        PyObject? warnExplicit;
        try
        {
            var module = Import.ImportAbsolute("warnings");
            warnExplicit = PyOps.GetAttrOrNull(module, StrIntern.Intern("warn_explicit"));
        }
        catch (PyException)
        {
            return; // warnings.py cannot be imported (yet): the code still compiles, unwarned
        }
        if (warnExplicit is null) return; // warnings.py itself is being imported
        foreach (var w in warnings)
        {
            var category = w.Category == "DeprecationWarning" ? PyTypes.DeprecationWarning : PyTypes.SyntaxWarning;
            try
            {
                PyOps.Call(warnExplicit, new PyObject[] { PyStr.FromString(w.Message), category, PyStr.FromString(w.Filename), PyInt.FromLong(w.Lineno) });
            }
            catch (PyException e) when (e.Matches(category))
            {
                throw SyntaxErrors.ToPython(w.AsError);
            }
        }
    }
}
