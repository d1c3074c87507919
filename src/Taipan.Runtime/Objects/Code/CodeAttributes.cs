using Taipan.Runtime.Binding;

namespace Taipan.Runtime.Objects;

/// <summary>The co_* attributes and methods of code objects (inspect, dis and traceback read them).</summary>
internal static class CodeAttributes
{
    public static void Install(PyType t)
    {
        Get(t, "co_name", static c => c.Name);
        Get(t, "co_qualname", static c => c.QualName);
        Get(t, "co_filename", static c => c.Filename);
        Get(t, "co_firstlineno", static c => PyInt.FromLong(c.Code.FirstLineNo));
        Get(t, "co_argcount", static c => PyInt.FromLong(c.ArgCount));
        Get(t, "co_posonlyargcount", static c => PyInt.FromLong(c.PosOnlyArgCount));
        Get(t, "co_kwonlyargcount", static c => PyInt.FromLong(c.KwOnlyArgCount));
        Get(t, "co_nlocals", static c => PyInt.FromLong(c.NLocals));
        Get(t, "co_stacksize", static c => PyInt.FromLong(c.StackSize));
        Get(t, "co_flags", static c => PyInt.FromLong((long)c.Flags));
        Get(t, "co_varnames", static c => Names(c.Code.VarNames));
        Get(t, "co_cellvars", static c => Names(c.Code.CellVars));
        Get(t, "co_freevars", static c => Names(c.Code.FreeVars));
        Get(t, "co_names", static c => PyTuple.Wrap(Array.ConvertAll(c.Names, static n => (PyObject)n)));
        Get(t, "co_linetable", static c => PyBytes.From(CodeLineTable.Encode(c)));
        Get(t, "co_consts", static c => PyTuple.Wrap((PyObject[])c.Consts.Clone()));
        BindingInstaller.AddMethod(t, "co_lines", static (self, args, kwnames) =>
        {
            ArgParser.NoArgs(args, kwnames, "co_lines");
            var result = new PyList();
            foreach (var (start, end, line) in ((PyCode)self!).Code.Lines())
                result.Append(PyTuple.Of(PyInt.FromLong(start * 2), PyInt.FromLong(end * 2), line < 0 ? PyNone.Instance : PyInt.FromLong(line)));
            return PyOps.GetIter(result);
        });
        BindingInstaller.AddMethod(t, "replace", static (self, args, kwnames) => CodeReplace.Replace((PyCode)self!, args, kwnames));
        BindingInstaller.AddMethod(t, "co_positions", static (self, args, kwnames) =>
        {
            ArgParser.NoArgs(args, kwnames, "co_positions");
            var c = (PyCode)self!;
            var result = new PyList();
            for (int pc = 0; pc < c.Words.Length; pc++)
            {
                var p = c.PositionAt(pc);
                result.Append(PyTuple.Of(Opt(p.Line), Opt(p.EndLine), Opt(p.Column), Opt(p.EndColumn)));
            }
            return PyOps.GetIter(result);
        });
    }

    private static PyObject Opt(int v) => v < 0 ? PyNone.Instance : PyInt.FromLong(v);

    private static PyTuple Names(string[] names)
    {
        var items = new PyObject[names.Length];
        for (int i = 0; i < names.Length; i++) items[i] = StrIntern.Intern(names[i]);
        return PyTuple.Wrap(items);
    }

    private static void Get(PyType t, string name, Func<PyCode, PyObject> getter) =>
        BindingInstaller.AddGetter(t, name, o => getter((PyCode)o));
}
