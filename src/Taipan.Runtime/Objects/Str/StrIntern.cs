using System.Collections.Concurrent;

namespace Taipan.Runtime.Objects;

/// <summary>
/// Interned strs: identifiers in code objects (co_names, varnames, attribute names) are made
/// unique so that dict probes on module globals, type dicts and maps hit the
/// reference-equality test first, as CPython's interning does. Shared by all interpreters
/// (strs are immutable).
/// </summary>
internal static class StrIntern
{
    // Sized for what start-up interns (the bootstrap, site, os, _collections_abc: a few thousand names):
    // growing from the default 31 buckets rehashed the table eight times on every start.
    private static readonly ConcurrentDictionary<string, PyStr> table = new(Environment.ProcessorCount, 8192, StringComparer.Ordinal);

    public static PyStr Intern(string s) => table.TryGetValue(s, out var v) ? v : table.GetOrAdd(s, PyStr.FromString(s));

    /// <summary>sys.intern: the canonical object equal to <paramref name="s"/>.</summary>
    public static PyStr Intern(PyStr s) => table.TryGetValue(s.Value, out var v) ? v : table.GetOrAdd(s.Value, s);
}
