using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Objects;

namespace Taipan.Runtime.Builtins;

/// <summary>builtins.__build_class__(func, name, *bases, metaclass=..., **kwds): PEP 560 base
/// resolution, the metaclass, __prepare__, the class body run in the namespace, and the __class__ cell.</summary>
internal static class BuildClass
{
    public static PyObject Build(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int nkw = kwnames?.Count ?? 0;
        int np = args.Length - nkw;
        if (np < 2) throw PyErrors.TypeError("__build_class__: not enough arguments");
        var func = args[0] as PyFunction ?? throw PyErrors.TypeError("__build_class__: func must be a function");
        var name = args[1] as PyStr ?? throw PyErrors.TypeError("__build_class__: name is not a string");
        var origBases = PyTuple.FromSpan(args[2..np]);
        var bases = ResolveMroEntries(origBases);

        PyObject? meta = null;
        var kwNames = new List<PyObject>();
        var kwValues = new List<PyObject>();
        for (int i = 0; i < nkw; i++)
        {
            var k = (PyStr)kwnames![i];
            if (k.Value == "metaclass") meta = args[np + i];
            else { kwNames.Add(k); kwValues.Add(args[np + i]); }
        }
        bool isClass = false;
        if (meta is null)
        {
            meta = bases.Count == 0 ? PyTypes.Type : bases[0].type;
            isClass = true;
        }
        else if (meta is PyType) isClass = true;
        if (isClass) meta = TypeCreation.CalculateMetaclass((PyType)meta, bases);

        var kwTuple = kwNames.Count == 0 ? null : PyTuple.Wrap(kwNames.ToArray());
        PyObject ns;
        var prepare = PyOps.GetAttrOrNull(meta, Names.Prepare);
        if (prepare is null) ns = new PyDict();
        else
        {
            var pargs = new PyObject[2 + kwValues.Count];
            pargs[0] = name;
            pargs[1] = bases;
            kwValues.CopyTo(pargs, 2);
            ns = PyOps.Call(prepare, pargs, kwTuple);
            if (ns.type.GetItem is null)
                throw PyErrors.TypeError($"{(meta is PyType mt ? mt.Name : "<metaclass>")}.__prepare__() must return a mapping, not {ns.type.Name}");
        }

        // The class body: the function's code run with the namespace as its locals.
        var frame = new Frame(func.Code, func.Globals, func.Builtins, ns) { Function = func };
        var cell = EvalLoop.Run(ThreadState.Current, frame);

        if (!ReferenceEquals(bases, origBases))
            PyOps.SetItem(ns, StrIntern.Intern("__orig_bases__"), origBases);
        var margs = new PyObject[3 + kwValues.Count];
        margs[0] = name;
        margs[1] = bases;
        margs[2] = ns;
        kwValues.CopyTo(margs, 3);
        var cls = PyOps.Call(meta, margs, kwTuple);
        if (cls is PyType && cell is PyCell c)
        {
            if (!ReferenceEquals(c.Contents, cls))
            {
                if (c.Contents is null)
                    throw PyErrors.RuntimeError($"__class__ not set defining {PyOps.Repr(name).Value} as {PyOps.Repr(cls).Value}. Was __classcell__ propagated to type.__new__?");
                throw PyErrors.TypeError($"__class__ set to {PyOps.Repr(c.Contents).Value} defining {PyOps.Repr(name).Value} as {PyOps.Repr(cls).Value}");
            }
        }
        return cls;
    }

    /// <summary>PEP 560: a base that is not a class may substitute bases via __mro_entries__.</summary>
    private static PyTuple ResolveMroEntries(PyTuple bases)
    {
        List<PyObject>? result = null;
        for (int i = 0; i < bases.Count; i++)
        {
            var b = bases[i];
            if (b is PyType)
            {
                result?.Add(b);
                continue;
            }
            var meth = PyOps.GetAttrOrNull(b, Names.MroEntries);
            if (meth is null)
            {
                result?.Add(b);
                continue;
            }
            var entries = PyOps.Call(meth, new PyObject[] { bases });
            if (entries is not PyTuple et) throw PyErrors.TypeError("__mro_entries__ must return a tuple");
            if (result is null)
            {
                result = new List<PyObject>();
                for (int j = 0; j < i; j++) result.Add(bases[j]);
            }
            result.AddRange(et.Items);
        }
        return result is null ? bases : PyTuple.Wrap(result.ToArray());
    }
}
