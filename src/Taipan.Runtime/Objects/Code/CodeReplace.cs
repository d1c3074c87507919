using Taipan.Compiler.Bytecode;

namespace Taipan.Runtime.Objects;

/// <summary>
/// code.replace(**changes): a copy of the code object with some co_* fields changed (types.coroutine
/// sets CO_ITERABLE_COROUTINE this way; modulefinder, tests and decorators rename code objects).
/// Taipan's instructions, line table and exception table are not CPython's, so co_code, co_linetable
/// and co_exceptiontable cannot be replaced by CPython bytes, and the name tuples keep their lengths
/// (the slot layout of frames depends on them).
/// </summary>
internal static class CodeReplace
{
    public static PyObject Replace(PyCode c, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int nkw = kwnames?.Count ?? 0;
        if (args.Length > nkw) throw PyErrors.TypeError("replace() takes no positional arguments");
        var co = c.Code;
        int argCount = co.ArgCount, posOnly = co.PosOnlyArgCount, kwOnly = co.KwOnlyArgCount, stackSize = co.StackSize, firstLine = co.FirstLineNo;
        var flags = co.Flags;
        string name = co.Name, qualName = co.QualName, filename = co.Filename;
        string[] names = co.Names, varNames = co.VarNames, cellVars = co.CellVars, freeVars = co.FreeVars;
        PyObject[]? consts = null;
        for (int i = 0; i < nkw; i++)
        {
            var key = ((PyStr)kwnames![i]).Value;
            var v = args[args.Length - nkw + i];
            switch (key)
            {
                case "co_argcount": argCount = Int(v, key); break;
                case "co_posonlyargcount": posOnly = Int(v, key); break;
                case "co_kwonlyargcount": kwOnly = Int(v, key); break;
                case "co_stacksize": stackSize = Math.Max(stackSize, Int(v, key)); break;
                case "co_firstlineno": firstLine = Int(v, key); break;
                case "co_flags": flags = (CodeFlags)Int(v, key); break;
                case "co_nlocals":
                    if (Int(v, key) != co.VarNames.Length) throw PyErrors.ValueError("co_nlocals != len(co_varnames)");
                    break;
                case "co_name": name = Str(v, key); break;
                case "co_qualname": qualName = Str(v, key); break;
                case "co_filename": filename = Str(v, key); break;
                case "co_names": names = SameLengthNames(v, key, co.Names); break;
                case "co_varnames": varNames = SameLengthNames(v, key, co.VarNames); break;
                case "co_cellvars": cellVars = SameLengthNames(v, key, co.CellVars); break;
                case "co_freevars": freeVars = SameLengthNames(v, key, co.FreeVars); break;
                case "co_consts":
                    if (v is not PyTuple t) throw PyErrors.TypeError($"replace() argument 'co_consts' must be tuple, not {v.type.Name}");
                    consts = (PyObject[])t.Items.Clone();
                    break;
                case "co_code": case "co_linetable": case "co_exceptiontable":
                    throw PyErrors.ValueError($"code.replace(): Taipan code objects do not use CPython's {key} format");
                default:
                    throw PyErrors.TypeError($"'{key}' is an invalid keyword argument for replace()");
            }
        }
        var copy = new CodeObject
        {
            Code = co.Code, ArgCount = argCount, PosOnlyArgCount = posOnly, KwOnlyArgCount = kwOnly,
            StackSize = stackSize, Flags = flags, Consts = co.Consts, Names = names, VarNames = varNames,
            CellVars = cellVars, FreeVars = freeVars, Filename = filename, Name = name, QualName = qualName,
            FirstLineNo = firstLine, LineTable = co.LineTable, ExceptionTable = co.ExceptionTable,
            CacheCount = co.CacheCount,
        };
        return new PyCode(copy, consts ?? c.Consts);
    }

    private static int Int(PyObject v, string key)
    {
        if (v is not PyInt i) throw PyErrors.TypeError($"replace() argument '{key}' must be int, not {v.type.Name}");
        long x = i.AsLong();
        if (x < int.MinValue || x > int.MaxValue) throw PyErrors.OverflowError("Python int too large to convert to C int");
        return (int)x;
    }

    private static string Str(PyObject v, string key) =>
        v is PyStr s ? s.Value : throw PyErrors.TypeError($"replace() argument '{key}' must be str, not {v.type.Name}");

    private static string[] SameLengthNames(PyObject v, string key, string[] current)
    {
        if (v is not PyTuple t) throw PyErrors.TypeError($"replace() argument '{key}' must be tuple, not {v.type.Name}");
        if (t.Count != current.Length)
            throw PyErrors.ValueError($"code.replace(): Taipan cannot change the number of {key} ({current.Length} -> {t.Count})");
        var r = new string[t.Count];
        for (int i = 0; i < r.Length; i++)
            r[i] = t[i] is PyStr s ? s.Value : throw PyErrors.TypeError($"name tuples must contain only strings, not '{t[i].type.Name}'");
        return r;
    }
}
