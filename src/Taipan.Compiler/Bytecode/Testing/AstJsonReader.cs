using System.Globalization;
using System.Numerics;
using System.Reflection;
using System.Text;
using System.Text.Json;
using Taipan.Compiler.Ast;

namespace Taipan.Compiler.Bytecode.Testing;

/// <summary>
/// Reads the AST JSON written by tools/ast_to_json.py (CPython's own parse). Lets the symbol
/// table and compiler be checked against the whole stdlib independently of Taipan's parser.
/// A developer tool: it uses reflection, never on a hot path.
/// </summary>
internal static class AstJsonReader
{
    private static readonly Dictionary<string, Type> Types = BuildTypes();

    private static Dictionary<string, Type> BuildTypes()
    {
        var map = new Dictionary<string, Type>();
        foreach (var t in typeof(Node).Assembly.GetTypes())
        {
            if (t.IsAbstract || !typeof(Node).IsAssignableFrom(t)) continue;
            var n = (Node)Activator.CreateInstance(t)!;
            map[n.PythonName] = t;
        }
        return map;
    }

    public static Node ReadNode(JsonElement e)
    {
        string tn = e.GetProperty("_t").GetString()!;
        var type = Types[tn];
        var node = (Node)Activator.CreateInstance(type)!;
        foreach (var p in e.EnumerateObject())
        {
            switch (p.Name)
            {
                case "_t": continue;
                case "lineno": node.Lineno = p.Value.GetInt32(); continue;
                case "col_offset": node.ColOffset = p.Value.GetInt32(); continue;
                case "end_lineno": node.EndLineno = p.Value.GetInt32(); continue;
                case "end_col_offset": node.EndColOffset = p.Value.GetInt32(); continue;
            }
            var field = FindField(type, p.Name);
            field.SetValue(node, Convert(p.Value, field.FieldType, p.Name));
        }
        return node;
    }

    private static FieldInfo FindField(Type type, string pyName)
    {
        if (type == typeof(Arg) && pyName == "arg") return type.GetField("Name")!;
        string norm = pyName.Replace("_", "");
        foreach (var f in type.GetFields(BindingFlags.Public | BindingFlags.Instance))
            if (string.Equals(f.Name, norm, StringComparison.OrdinalIgnoreCase)) return f;
        throw new InvalidOperationException($"no field {pyName} on {type.Name}");
    }

    private static object? Convert(JsonElement v, Type t, string name)
    {
        if (v.ValueKind == JsonValueKind.Null) return null;
        if (t == typeof(object)) return ReadConstant(v);
        if (t == typeof(string)) return v.GetString();
        if (t == typeof(int) || t == typeof(int?)) return v.GetInt32();
        if (t.IsEnum) return Enum.Parse(t, v.GetString()!);
        if (typeof(Node).IsAssignableFrom(t)) return ReadNode(v);
        if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(List<>))
        {
            var et = t.GetGenericArguments()[0];
            var list = (System.Collections.IList)Activator.CreateInstance(t)!;
            foreach (var item in v.EnumerateArray())
            {
                if (et.IsEnum) list.Add(Enum.Parse(et, item.GetString()!));
                else if (et == typeof(string)) list.Add(item.GetString());
                else list.Add(item.ValueKind == JsonValueKind.Null ? null : ReadNode(item));
            }
            return list;
        }
        throw new InvalidOperationException($"cannot read field {name} of type {t}");
    }

    private static object ReadConstant(JsonElement v)
    {
        string c = v.GetProperty("c").GetString()!;
        switch (c)
        {
            case "none": return NoneConstant.Instance;
            case "ellipsis": return EllipsisConstant.Instance;
            case "bool": return v.GetProperty("v").GetBoolean();
            case "int":
            {
                var s = v.GetProperty("v").GetString()!;
                if (long.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l)) return l;
                return BigInteger.Parse(s, CultureInfo.InvariantCulture);
            }
            case "float": return ParseHexFloat(v.GetProperty("v").GetString()!);
            case "complex": return new Complex(0, ParseHexFloat(v.GetProperty("v").GetString()!));
            case "str":
                return Encoding.Unicode.GetString(System.Convert.FromBase64String(v.GetProperty("v").GetString()!));
            case "surrogatestr":
            {
                var cps = new List<int>();
                foreach (var cp in v.GetProperty("v").EnumerateArray()) cps.Add(cp.GetInt32());
                return new SurrogateStr(cps.ToArray());
            }
            case "bytes": return System.Convert.FromBase64String(v.GetProperty("v").GetString()!);
        }
        throw new InvalidOperationException("bad constant " + c);
    }

    /// <summary>Parses Python's float.hex() output (e.g. "0x1.8000000000000p+1", "inf", "-nan").</summary>
    internal static double ParseHexFloat(string s)
    {
        if (s == "inf") return double.PositiveInfinity;
        if (s == "-inf") return double.NegativeInfinity;
        if (s.EndsWith("nan", StringComparison.Ordinal)) return double.NaN;
        bool neg = s[0] == '-';
        if (neg) s = s.Substring(1);
        s = s.Substring(2); // 0x
        int p = s.IndexOf('p');
        int exp = int.Parse(s.Substring(p + 1), CultureInfo.InvariantCulture);
        string mant = s.Substring(0, p);
        int dot = mant.IndexOf('.');
        string ip = dot < 0 ? mant : mant.Substring(0, dot);
        string fp = dot < 0 ? "" : mant.Substring(dot + 1);
        ulong bits = ulong.Parse(ip + fp, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        double d = Math.ScaleB(bits, exp - 4 * fp.Length);
        return neg ? -d : d;
    }

    /// <summary>One line of the JSON-lines file: file name, source text, and either a tree or CPython's parse error.</summary>
    public static (string File, string? Source, Mod? Tree, string? Error) ReadLine(string line)
    {
        using var doc = JsonDocument.Parse(line, new JsonDocumentOptions { MaxDepth = 10000 });
        var root = doc.RootElement;
        string file = root.GetProperty("file").GetString()!;
        if (root.TryGetProperty("error", out var err)) return (file, null, null, err[0].GetString());
        return (file, root.GetProperty("source").GetString(), (Mod)ReadNode(root.GetProperty("ast")), null);
    }
}
