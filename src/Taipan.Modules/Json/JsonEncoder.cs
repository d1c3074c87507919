using System.Buffers;
using System.Globalization;
using Taipan.Runtime.Binding;
using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Json;

/// <summary>_json.Encoder (c_make_encoder): the one-shot encoder json.dumps uses when indent is None.
/// Writes into one buffer; the dispatch order, the markers dict (keyed by id()), the recursion
/// checks and every message follow CPython 3.11's encoder_listencode_obj.</summary>
internal sealed class JsonEncoder : PyObject
{
    public static readonly PyType PyTypeObject = ModuleTypes.Create("_json.Encoder", 47, InitType, subclassable: false);
    private static readonly string[] NewNames =
        { "markers", "default", "encoder", "indent", "key_separator", "item_separator", "sort_keys", "skipkeys", "allow_nan" };
    private static readonly string[] CallNames = { "obj", "_current_indent_level" };
    private const string RecursionWhere = " while encoding a JSON object";

    private enum FastEncode : byte { None, Ascii, Unicode }

    private readonly PyObject markers, defaultFn, encoder, indent;
    private readonly PyStr keySeparator, itemSeparator;
    private readonly bool sortKeys, skipKeys, allowNan;
    private readonly FastEncode fast;

    private JsonEncoder(PyObject?[] a) : base(PyTypeObject)
    {
        markers = a[0]!;
        if (markers != PyNone.Instance && markers is not PyDict)
            throw PyErrors.TypeError($"make_encoder() argument 1 must be dict or None, not {markers.type.Name}");
        defaultFn = a[1]!;
        encoder = a[2]!;
        indent = a[3]!;
        keySeparator = a[4] as PyStr ?? throw ArgParser.BadArgument("make_encoder", "argument 5", "str", a[4]!);
        itemSeparator = a[5] as PyStr ?? throw ArgParser.BadArgument("make_encoder", "argument 6", "str", a[5]!);
        sortKeys = PyOps.IsTrue(a[6]!);
        skipKeys = PyOps.IsTrue(a[7]!);
        allowNan = PyOps.IsTrue(a[8]!);
        fast = encoder is PyBuiltinFunction f && f.OwnerName == "_json"
            ? f.Name == "encode_basestring_ascii" ? FastEncode.Ascii : f.Name == "encode_basestring" ? FastEncode.Unicode : FastEncode.None
            : FastEncode.None;
    }

    private static void InitType(PyType t)
    {
        t.New = static (callable, a, kwnames) => new JsonEncoder(ArgParser.Unpack(a, kwnames, "make_encoder", NewNames, 0, 9));
        t.Call = static (self, a, kwnames) =>
        {
            var s = ArgParser.Unpack(a, kwnames, "_iterencode", CallNames, 0, 2);
            ArgParser.ToLong(s[1]!);
            var w = new JsonWriter();
            ((JsonEncoder)self).EncodeObj(ThreadState.Current, w, s[0]!);
            return w.Finish();
        };
        BindingInstaller.AddGetter(t, "markers", static self => ((JsonEncoder)self).markers);
        BindingInstaller.AddGetter(t, "default", static self => ((JsonEncoder)self).defaultFn);
        BindingInstaller.AddGetter(t, "encoder", static self => ((JsonEncoder)self).encoder);
        BindingInstaller.AddGetter(t, "indent", static self => ((JsonEncoder)self).indent);
        BindingInstaller.AddGetter(t, "key_separator", static self => ((JsonEncoder)self).keySeparator);
        BindingInstaller.AddGetter(t, "item_separator", static self => ((JsonEncoder)self).itemSeparator);
        BindingInstaller.AddGetter(t, "sort_keys", static self => PyBool.FromBool(((JsonEncoder)self).sortKeys));
        BindingInstaller.AddGetter(t, "skipkeys", static self => PyBool.FromBool(((JsonEncoder)self).skipKeys));
    }

    /// <summary>encoder_listencode_obj.</summary>
    private void EncodeObj(ThreadState ts, JsonWriter w, PyObject obj)
    {
        if (obj == PyNone.Instance) { w.Append("null"); w.EndPiece(); return; }
        if (obj == PyBool.True) { w.Append("true"); w.EndPiece(); return; }
        if (obj == PyBool.False) { w.Append("false"); w.EndPiece(); return; }
        switch (obj)
        {
            case PyStr s:
                EncodeString(w, s);
                w.EndPiece();
                return;
            case PyInt i:
                WriteInt(ts, w, i);
                w.EndPiece();
                return;
            case PyFloat f:
                WriteFloat(w, f.Value);
                w.EndPiece();
                return;
            case PyList list:
                ts.EnterRecursiveCall(RecursionWhere);
                try { EncodeList(ts, w, list); }
                finally { ts.LeaveRecursiveCall(); }
                return;
            case PyTuple tuple:
                ts.EnterRecursiveCall(RecursionWhere);
                try { EncodeTuple(ts, w, tuple); }
                finally { ts.LeaveRecursiveCall(); }
                return;
            case PyDict dict:
                ts.EnterRecursiveCall(RecursionWhere);
                try { EncodeDict(ts, w, dict); }
                finally { ts.LeaveRecursiveCall(); }
                return;
        }
        PyObject? ident = EnterMarker(obj);
        var newObj = PyOps.Call(defaultFn, new[] { obj });
        ts.EnterRecursiveCall(RecursionWhere);
        try { EncodeObj(ts, w, newObj); }
        finally { ts.LeaveRecursiveCall(); }
        LeaveMarker(ident);
    }

    /// <summary>The markers check: id(obj) already in markers means a cycle.</summary>
    private PyObject? EnterMarker(PyObject obj)
    {
        if (markers is not PyDict m) return null;
        var ident = PyInt.FromLong(PyHash.HashIdentity(obj));
        if (m.ContainsKey(ident)) throw PyErrors.ValueError("Circular reference detected");
        m.SetItem(ident, obj);
        return ident;
    }

    private void LeaveMarker(PyObject? ident)
    {
        if (ident is not null) ((PyDict)markers).DelItem(ident);
    }

    /// <summary>encoder_encode_string: the C escapers inline, any other encoder called.</summary>
    private void EncodeString(JsonWriter w, PyStr s)
    {
        switch (fast)
        {
            case FastEncode.Ascii: JsonStrings.WriteAscii(w, s); return;
            case FastEncode.Unicode: JsonStrings.WriteUnicode(w, s); return;
        }
        var r = PyOps.Call(encoder, new PyObject[] { s });
        if (r is not PyStr encoded) throw PyErrors.TypeError($"encoder() must return a string, not {r.type.Name}");
        w.AppendText(encoded);
    }

    /// <summary>int.__repr__ (so int subclasses such as IntEnum print as numbers).</summary>
    private static void WriteInt(ThreadState ts, JsonWriter w, PyInt i)
    {
        if (i.IsSmall) WriteLong(w, i.Small);
        else w.Append(IntText.ToDecimalString(i, ts.Interp.IntMaxStrDigits));
    }

    private static void WriteLong(JsonWriter w, long v)
    {
        v.TryFormat(w.Tail(20), out int n, default, CultureInfo.InvariantCulture);
        w.Advance(n);
    }

    /// <summary>encoder_encode_float: float.__repr__, or JavaScript's names for the non-finite values.</summary>
    private void WriteFloat(JsonWriter w, double v)
    {
        if (!double.IsFinite(v))
        {
            if (!allowNan) throw PyErrors.ValueError("Out of range float values are not JSON compliant");
            w.Append(v > 0 ? "Infinity" : v < 0 ? "-Infinity" : "NaN");
            return;
        }
        w.Advance(PyFloat.WriteRepr(v, w.Tail(PyFloat.MaxReprLength)));
    }

    private void EncodeList(ThreadState ts, JsonWriter w, PyList list)
    {
        if (list.Count == 0) { w.Append("[]"); w.EndPiece(); return; }
        var ident = EnterMarker(list);
        w.Append('[');
        w.EndPiece();
        // Unboxed strategies: no element can call back into Python, so the storage cannot change under us.
        if (list.Strategy == ListStrategy.Int)
        {
            var ints = list.Ints!;
            for (int i = 0; i < list.Count; i++)
            {
                if (i > 0) Separator(w);
                WriteLong(w, ints[i]);
                w.EndPiece();
            }
        }
        else if (list.Strategy == ListStrategy.Float)
        {
            var floats = list.Floats!;
            for (int i = 0; i < list.Count; i++)
            {
                if (i > 0) Separator(w);
                WriteFloat(w, floats[i]);
                w.EndPiece();
            }
        }
        else
        {
            // The list may change while default() runs; CPython's PySequence_Fast reads it live, so the
            // storage is re-read for every item (object storage directly, anything else by index).
            for (int i = 0; i < list.Count; i++)
            {
                if (i > 0) Separator(w);
                var st = list.Strategy;
                EncodeObj(ts, w, st == ListStrategy.Object || st == ListStrategy.Str ? list.Objects![i] : list[i]);
            }
        }
        w.Append(']');
        w.EndPiece();
        LeaveMarker(ident);
    }

    private void EncodeTuple(ThreadState ts, JsonWriter w, PyTuple tuple)
    {
        var items = tuple.Items;
        if (items.Length == 0) { w.Append("[]"); w.EndPiece(); return; }
        var ident = EnterMarker(tuple);
        w.Append('[');
        w.EndPiece();
        for (int i = 0; i < items.Length; i++)
        {
            if (i > 0) Separator(w);
            EncodeObj(ts, w, items[i]);
        }
        w.Append(']');
        w.EndPiece();
        LeaveMarker(ident);
    }

    private void Separator(JsonWriter w)
    {
        w.AppendText(itemSeparator);
        w.EndPiece();
    }

    private void EncodeDict(ThreadState ts, JsonWriter w, PyDict dict)
    {
        if (dict.Count == 0) { w.Append("{}"); w.EndPiece(); return; }
        var ident = EnterMarker(dict);
        w.Append('{');
        w.EndPiece();
        if (dict.type == PyTypes.Dict)
        {
            // PyMapping_Items of an exact dict: a snapshot, so default() mutating the dict changes nothing here.
            int n = dict.Count;
            var pairs = ArrayPool<PyObject>.Shared.Rent(2 * n);
            try
            {
                int pos = 0, k = 0;
                while (dict.Next(ref pos, out var key, out var value))
                {
                    pairs[k++] = key;
                    pairs[k++] = value;
                }
                if (sortKeys) SortPairs(pairs, n);
                bool first = true;
                for (int i = 0; i < n; i++) EncodeItem(ts, w, pairs[2 * i], pairs[2 * i + 1], ref first);
            }
            finally
            {
                Array.Clear(pairs, 0, 2 * n);
                ArrayPool<PyObject>.Shared.Return(pairs);
            }
        }
        else
        {
            var items = PyOps.ToList(PyOps.CallMethod(dict, "items", ReadOnlySpan<PyObject>.Empty));
            if (sortKeys) items.Sort(null, false);
            bool first = true;
            for (int i = 0; i < items.Count; i++)
            {
                if (items[i] is not PyTuple { Items.Length: 2 } item) throw PyErrors.ValueError("items must return 2-tuples");
                EncodeItem(ts, w, item.Items[0], item.Items[1], ref first);
            }
        }
        w.Append('}');
        w.EndPiece();
        LeaveMarker(ident);
    }

    /// <summary>sort_keys: list.sort() of the (key, value) tuples. All-str keys sort by code point
    /// directly (keys are distinct, so the order is the same); anything else goes through list.sort for
    /// its exact comparisons and errors.</summary>
    private static void SortPairs(PyObject[] pairs, int n)
    {
        bool allStr = true;
        for (int i = 0; i < n; i++)
            if (pairs[2 * i].type != PyTypes.Str) { allStr = false; break; }
        if (allStr)
        {
            var keys = new PyStr[n];
            var values = new PyObject[n];
            for (int i = 0; i < n; i++)
            {
                keys[i] = (PyStr)pairs[2 * i];
                values[i] = pairs[2 * i + 1];
            }
            Array.Sort(keys, values, StrOrder.Instance);
            for (int i = 0; i < n; i++)
            {
                pairs[2 * i] = keys[i];
                pairs[2 * i + 1] = values[i];
            }
            return;
        }
        var list = new PyList();
        for (int i = 0; i < n; i++) list.Append(PyTuple.Of(pairs[2 * i], pairs[2 * i + 1]));
        list.Sort(null, false);
        for (int i = 0; i < n; i++)
        {
            var item = (PyTuple)list[i];
            pairs[2 * i] = item.Items[0];
            pairs[2 * i + 1] = item.Items[1];
        }
    }

    private sealed class StrOrder : IComparer<PyStr>
    {
        public static readonly StrOrder Instance = new();
        public int Compare(PyStr? a, PyStr? b) => PyStr.Compare(a!, b!);
    }

    /// <summary>One "key": value member; keys are converted as CPython 3.11 does (str, float, the three
    /// constants, int; others skipped or rejected).</summary>
    private void EncodeItem(ThreadState ts, JsonWriter w, PyObject key, PyObject value, ref bool first)
    {
        PyStr? kstr = null;
        if (key is PyStr ks) kstr = ks;
        else if (key is PyFloat kf)
        {
            if (!double.IsFinite(kf.Value))
            {
                if (!allowNan) throw PyErrors.ValueError("Out of range float values are not JSON compliant");
                kstr = PyStr.FromAscii(kf.Value > 0 ? "Infinity" : kf.Value < 0 ? "-Infinity" : "NaN");
            }
            else
            {
                Span<char> buf = stackalloc char[PyFloat.MaxReprLength];
                kstr = PyStr.FromAscii(new string(buf[..PyFloat.WriteRepr(kf.Value, buf)]));
            }
        }
        else if (key == PyBool.True) kstr = PyStr.FromAscii("true");
        else if (key == PyBool.False) kstr = PyStr.FromAscii("false");
        else if (key == PyNone.Instance) kstr = PyStr.FromAscii("null");
        else if (key is PyInt ki) kstr = PyStr.FromAscii(ki.IsSmall ? ki.Small.ToString(CultureInfo.InvariantCulture) : IntText.ToDecimalString(ki, ts.Interp.IntMaxStrDigits));
        else if (skipKeys) return;
        else throw PyErrors.TypeError($"keys must be str, int, float, bool or None, not {key.type.Name}");
        if (!first) Separator(w);
        first = false;
        EncodeString(w, kstr);
        w.EndPiece();
        w.AppendText(keySeparator);
        w.EndPiece();
        EncodeObj(ts, w, value);
    }
}
