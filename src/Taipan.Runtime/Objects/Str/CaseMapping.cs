using System.Text;

namespace Taipan.Runtime.Objects;

/// <summary>
/// str.upper()/str.lower() with CPython 3.11's full case mappings (Unicode 14 data, taken
/// from CPython itself into CaseTables.g.cs), so 'ß'.upper() == 'SS' and the results do not
/// depend on the Unicode version of the .NET runtime. ASCII takes .NET's invariant mapping,
/// which is identical there. Not yet: lower()'s Final_Sigma rule ('ΑΣ'.lower() == 'ας').
/// </summary>
internal static class CaseMapping
{
    private static readonly string[] UpperValues = CaseTables.UpperValues.Split('\0');
    private static readonly string[] LowerValues = CaseTables.LowerValues.Split('\0');

    public static PyStr Upper(PyStr s) =>
        s.IsAscii ? PyStr.FromAscii(s.Value.ToUpperInvariant()) : Map(s, CaseTables.UpperKeys, UpperValues);

    public static PyStr Lower(PyStr s) =>
        s.IsAscii ? PyStr.FromAscii(s.Value.ToLowerInvariant()) : Map(s, CaseTables.LowerKeys, LowerValues);

    private static PyStr Map(PyStr s, int[] keys, string[] values)
    {
        var text = s.Value;
        var sb = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            int cp = text[i];
            int width = 1;
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                cp = char.ConvertToUtf32(text[i], text[i + 1]);
                width = 2;
            }
            if (cp < 128)
            {
                sb.Append(cp >= 'a' && cp <= 'z' && ReferenceEquals(keys, CaseTables.UpperKeys) ? (char)(cp - 32)
                    : cp >= 'A' && cp <= 'Z' && ReferenceEquals(keys, CaseTables.LowerKeys) ? (char)(cp + 32)
                    : (char)cp);
            }
            else
            {
                int k = Array.BinarySearch(keys, cp);
                if (k >= 0) sb.Append(values[k]);
                else sb.Append(text, i, width);
            }
            i += width - 1;
        }
        return PyStr.FromString(sb.ToString());
    }
}
