using Taipan.Runtime.Objects;

namespace Taipan.Modules.Json;

/// <summary>The scanner's memo of object keys (CPython's per-call memo dict): equal keys within one
/// document share one str, so its hash is computed once and repeated keys allocate nothing. Looked up
/// by span before any string exists. Open addressing, cleared after every scan.</summary>
internal sealed class KeyMemo
{
    private const int InitialSize = 64;
    private string?[] keys = new string?[InitialSize];
    private PyStr?[] values = new PyStr?[InitialSize];
    private int count;

    public PyStr Get(ReadOnlySpan<char> text, bool ascii)
    {
        int mask = keys.Length - 1;
        int i = Hash(text) & mask;
        while (true)
        {
            var k = keys[i];
            if (k is null) break;
            if (text.Equals(k, StringComparison.Ordinal)) return values[i]!;
            i = (i + 1) & mask;
        }
        var v = new string(text);
        var s = text.Length == 0 ? PyStr.Empty : ascii ? PyStr.FromTrusted(v, v.Length, 127, false) : PyStr.FromString(v);
        keys[i] = v;
        values[i] = s;
        if (++count * 2 > keys.Length) Grow();
        return s;
    }

    public void Clear()
    {
        if (count == 0) return;
        count = 0;
        if (keys.Length > 1024)
        {
            // one big document should not make every later small one pay for clearing its table
            keys = new string?[InitialSize];
            values = new PyStr?[InitialSize];
            return;
        }
        Array.Clear(keys);
        Array.Clear(values);
    }

    private static int Hash(ReadOnlySpan<char> text)
    {
        uint h = 2166136261;
        foreach (char c in text) h = (h ^ c) * 16777619;
        return (int)(h ^ (h >> 15));
    }

    private void Grow()
    {
        var oldKeys = keys;
        var oldValues = values;
        keys = new string?[oldKeys.Length * 2];
        values = new PyStr?[oldKeys.Length * 2];
        int mask = keys.Length - 1;
        for (int j = 0; j < oldKeys.Length; j++)
        {
            var k = oldKeys[j];
            if (k is null) continue;
            int i = Hash(k) & mask;
            while (keys[i] is not null) i = (i + 1) & mask;
            keys[i] = k;
            values[i] = oldValues[j];
        }
    }
}
