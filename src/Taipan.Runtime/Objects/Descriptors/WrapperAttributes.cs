namespace Taipan.Runtime.Objects;

/// <summary>
/// What classmethod.__init__ and staticmethod.__init__ do since 3.10 (functools_wraps in funcobject.c):
/// the wrapped callable's __module__, __name__, __qualname__, __doc__ and __annotations__ are copied
/// into the wrapper's __dict__, each only when the callable has it.
/// </summary>
internal static class WrapperAttributes
{
    private static readonly PyStr[] Copied =
    {
        StrIntern.Intern("__module__"), StrIntern.Intern("__name__"), StrIntern.Intern("__qualname__"),
        StrIntern.Intern("__doc__"), StrIntern.Intern("__annotations__"),
    };

    public static void Copy(IDictOwner wrapper, PyObject wrapped)
    {
        PyDict? dict = null;
        foreach (var name in Copied)
        {
            PyObject? value;
            try
            {
                value = PyOps.GetAttrOrNull(wrapped, name);
            }
            catch (PyException e) when (e.Matches(PyTypes.AttributeError))
            {
                continue;
            }
            if (value is null) continue;
            dict ??= wrapper.GetDict(true)!;
            dict.SetItem(name, value);
        }
    }
}
