using Taipan.Compiler.Bytecode;
using Taipan.Runtime.Binding;

namespace Taipan.Runtime.Objects;

/// <summary>code.replace(**changes): a copy of the code object with some co_* values changed.
/// types.coroutine (imported by asyncio) sets CO_ITERABLE_COROUTINE this way. Only the scalar and
/// name fields can change so far; the others must be passed unchanged (or not at all).</summary>
internal static class CodeReplace
{
    public static void Install(PyType t) =>
        BindingInstaller.AddMethod(t, "replace", static (self, args, kwnames) => Replace((PyCode)self!, args, kwnames));

    private static PyObject Replace(PyCode c, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int npos = ArgParser.Positional(args, kwnames);
        if (npos > 0) throw PyErrors.TypeError($"replace() takes no positional arguments");
        var code = c.Code;
        int argCount = code.ArgCount, posOnly = code.PosOnlyArgCount, kwOnly = code.KwOnlyArgCount, stack = code.StackSize;
        int firstLine = code.FirstLineNo;
        var flags = code.Flags;
        string name = code.Name, qualName = code.QualName, filename = code.Filename;
        for (int i = 0; i < (kwnames?.Count ?? 0); i++)
        {
            var key = ((PyStr)kwnames![i]).Value;
            var v = args[npos + i];
            switch (key)
            {
                case "co_argcount": argCount = Int(v, key); break;
                case "co_posonlyargcount": posOnly = Int(v, key); break;
                case "co_kwonlyargcount": kwOnly = Int(v, key); break;
                case "co_stacksize": stack = Int(v, key); break;
                case "co_firstlineno": firstLine = Int(v, key); break;
                case "co_flags": flags = (CodeFlags)Int(v, key); break;
                case "co_name": name = Str(v, key); break;
                case "co_qualname": qualName = Str(v, key); break;
                case "co_filename": filename = Str(v, key); break;
                default:
                    var current = PyOps.GetAttr(c, StrIntern.Intern(key));
                    if (!PyOps.EqualsBool(current, v))
                        throw PyErrors.ValueError($"code.replace(): changing {key} is not supported");
                    break;
            }
        }
        var copy = new CodeObject
        {
            Code = code.Code, ArgCount = argCount, PosOnlyArgCount = posOnly, KwOnlyArgCount = kwOnly, StackSize = stack,
            Flags = flags, Consts = code.Consts, Names = code.Names, VarNames = code.VarNames, CellVars = code.CellVars,
            FreeVars = code.FreeVars, Filename = filename, Name = name, QualName = qualName, FirstLineNo = firstLine,
            LineTable = code.LineTable, ExceptionTable = code.ExceptionTable, CacheCount = code.CacheCount,
        };
        return new PyCode(copy);
    }

    private static int Int(PyObject v, string key)
    {
        if (v is not PyInt) throw PyErrors.TypeError($"replace() argument '{key}' must be int, not {v.type.Name}");
        return (int)PyOps.AsIndex(v, PyTypes.OverflowError);
    }

    private static string Str(PyObject v, string key) =>
        v is PyStr s ? s.Value : throw PyErrors.TypeError($"replace() argument '{key}' must be str, not {v.type.Name}");
}
