using System.Text;
using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Objects;

namespace Taipan.Runtime.Builtins;

/// <summary>types.SimpleNamespace (CPython implements it in C; sys.implementation is one).</summary>
internal static class SimpleNamespace
{
    public static PyInstance Create(PyDict attributes)
    {
        var ns = new PyInstance(RuntimeTypes.NamespaceProxy);
        int pos = 0;
        while (attributes.Next(ref pos, out var k, out var v)) ns.SetAttribute((PyStr)k, v);
        return ns;
    }

    internal static void InitType(PyType t)
    {
        t.Flags |= TypeFlags.HasInstanceDict;
        t.New = static (callable, args, kwnames) => new PyInstance((PyType)callable);
        t.Init = static (self, args, kwnames) =>
        {
            int nkw = kwnames?.Count ?? 0;
            if (args.Length - nkw > 0) throw PyErrors.TypeError($"no positional arguments expected");
            for (int i = 0; i < nkw; i++)
                ObjectAttributes.SetAttr(self, (PyStr)kwnames![i], args[args.Length - nkw + i]);
        };
        t.GetAttr = ObjectAttributes.GenericGetAttr;
        t.SetAttr = ObjectAttributes.GenericSetAttr;
        t.Repr = static self =>
        {
            var ts = ThreadState.Current.Interp;
            var name = self.type == RuntimeTypes.NamespaceProxy ? "namespace" : self.type.Name;
            if (!ts.ReprEnter(self)) return PyStr.FromString(name + "(...)");
            try
            {
                var sb = new StringBuilder(name).Append('(');
                var d = ((PyInstance)self).GetDict(true)!;
                int pos = 0;
                bool first = true;
                while (d.Next(ref pos, out var k, out var v))
                {
                    if (!first) sb.Append(", ");
                    first = false;
                    sb.Append(((PyStr)k).Value).Append('=').Append(PyOps.Repr(v).Value);
                }
                return PyStr.FromString(sb.Append(')').ToString());
            }
            finally { ts.ReprLeave(self); }
        };
        t.RichCompare = static (a, b, op) =>
        {
            if ((op != CompareOp.Eq && op != CompareOp.Ne) || !b.type.IsSubtypeOf(RuntimeTypes.NamespaceProxy) || !a.type.IsSubtypeOf(RuntimeTypes.NamespaceProxy))
                return PyNotImplemented.Instance;
            var eq = PyOps.EqualsBool(((PyInstance)a).GetDict(true)!, ((PyInstance)b).GetDict(true)!);
            return PyBool.FromBool(op == CompareOp.Eq ? eq : !eq);
        };
        t.Dict.SetItem(Names.Dict, new Binding.PyGetSetDescriptor(t, "__dict__", static o => ((PyInstance)o).GetDict(true)!));
    }
}
