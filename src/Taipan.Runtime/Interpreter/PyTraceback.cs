using Taipan.Runtime.Binding;
using Taipan.Runtime.Objects;

namespace Taipan.Runtime.Interpreter;

/// <summary>A traceback entry: the frame and the instruction where the exception passed.</summary>
internal sealed class PyTraceback : PyObject
{
    public PyTraceback? Next;
    public readonly Frame Frame;
    public readonly int LastI;

    public PyTraceback(PyTraceback? next, Frame frame, int lastI) : base(RuntimeTypes.Traceback)
    {
        Next = next;
        Frame = frame.MarkEscaped();
        LastI = lastI;
    }

    public int LineNo => Frame.Code.LineAt(LastI);

    internal static void InitType(PyType t)
    {
        BindingInstaller.AddGetSet(t, "tb_next", static s => (PyObject?)((PyTraceback)s).Next ?? PyNone.Instance, static (s, v) =>
        {
            if (v is not null && v != PyNone.Instance && v is not PyTraceback)
                throw PyErrors.TypeError($"expected traceback object or None, got '{v.type.Name}'");
            ((PyTraceback)s).Next = v as PyTraceback;
        });
        BindingInstaller.AddGetter(t, "tb_frame", static s => ((PyTraceback)s).Frame);
        BindingInstaller.AddGetter(t, "tb_lineno", static s => PyInt.FromLong(((PyTraceback)s).LineNo));
        // tb_dir: only the four attributes, not object's
        BindingInstaller.AddMethod(t, "__dir__", static (self, a, k) =>
        {
            ArgParser.NoArgs(a, k, "__dir__");
            return PyList.FromSpan(new PyObject[] { PyStr.FromString("tb_frame"), PyStr.FromString("tb_next"), PyStr.FromString("tb_lasti"), PyStr.FromString("tb_lineno") });
        });
        BindingInstaller.AddGetter(t, "tb_lasti", static s => PyInt.FromLong(((PyTraceback)s).LastI * 2));
    }
}
