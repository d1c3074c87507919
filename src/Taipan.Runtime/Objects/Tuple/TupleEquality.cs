namespace Taipan.Runtime.Objects;

internal sealed partial class PyTuple
{
    /// <summary>Equality of two exact tuples decided without running Python code, when every item
    /// pair is identical or of the same exact type among small int, str, float and tuple (the keys
    /// of coordinate sets and memo dicts); null when an item needs the general protocol. Dict and set
    /// lookups use it to skip rich comparison dispatch and their mutation re-checks.</summary>
    internal static bool? FastEquals(PyTuple a, PyTuple b)
    {
        var x = a.Items;
        var y = b.Items;
        if (x.Length != y.Length) return false;
        for (int i = 0; i < x.Length; i++)
        {
            var p = x[i];
            var q = y[i];
            if (ReferenceEquals(p, q)) continue;
            var t = p.type;
            if (t != q.type) return null;
            if (t == PyTypes.Int)
            {
                var pi = (PyInt)p;
                var qi = (PyInt)q;
                if (!pi.IsSmall || !qi.IsSmall) return null;
                if (pi.Small != qi.Small) return false;
            }
            else if (t == PyTypes.Str)
            {
                if (((PyStr)p).Value != ((PyStr)q).Value) return false;
            }
            else if (t == PyTypes.Float)
            {
                if (((PyFloat)p).Value != ((PyFloat)q).Value) return false;
            }
            else if (t == PyTypes.Tuple)
            {
                var r = FastEquals((PyTuple)p, (PyTuple)q);
                if (r != true) return r;
            }
            else return null;
        }
        return true;
    }
}
