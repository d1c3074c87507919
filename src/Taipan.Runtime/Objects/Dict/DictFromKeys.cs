using Taipan.Runtime.Binding;

namespace Taipan.Runtime.Objects;

/// <summary>dict.fromkeys(iterable, value=None), a classmethod: a new cls() with every key mapped to value.</summary>
internal static class DictFromKeys
{
    public static void Install(PyType t) =>
        t.Dict.SetItem(PyStr.FromAscii("fromkeys"), new PyClassMethod(new PyBuiltinFunction("fromkeys", "builtins", null, static (self, args, kwnames) =>
        {
            // args[0] is the class the classmethod bound.
            if ((kwnames?.Count ?? 0) > 0) throw PyErrors.TypeError("dict.fromkeys() takes no keyword arguments");
            int n = args.Length - 1;
            if (n < 1) throw PyErrors.TypeError($"fromkeys expected at least 1 argument, got {n}");
            if (n > 2) throw PyErrors.TypeError($"fromkeys expected at most 2 arguments, got {n}");
            var value = n > 1 ? args[2] : PyNone.Instance;
            var result = PyOps.Call(args[0], ReadOnlySpan<PyObject>.Empty);
            var keys = PyOps.ToList(args[1]).ToArray();
            if (result.type == PyTypes.Dict)
            {
                var d = (PyDict)result;
                foreach (var k in keys) d.SetItem(k, value);
            }
            else
            {
                foreach (var k in keys) PyOps.SetItem(result, k, value);
            }
            return result;
        })));
}
