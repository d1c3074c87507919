using System.Globalization;

namespace ToyLang;

/// <summary>S-expressions: a node is a long, a double, a symbol (string) or a list.</summary>
public static class Reader
{
    public static List<object> ReadAll(string text)
    {
        int i = 0;
        var forms = new List<object>();
        while (true)
        {
            Skip(text, ref i);
            if (i >= text.Length) return forms;
            forms.Add(Read(text, ref i));
        }
    }

    static void Skip(string s, ref int i)
    {
        while (i < s.Length)
        {
            if (char.IsWhiteSpace(s[i])) i++;
            else if (s[i] == ';') while (i < s.Length && s[i] != '\n') i++;
            else break;
        }
    }

    static object Read(string s, ref int i)
    {
        Skip(s, ref i);
        if (i >= s.Length) throw new ToyError("unexpected end of input");
        if (s[i] == '(')
        {
            i++;
            var list = new List<object>();
            while (true)
            {
                Skip(s, ref i);
                if (i >= s.Length) throw new ToyError("missing )");
                if (s[i] == ')') { i++; return list; }
                list.Add(Read(s, ref i));
            }
        }
        if (s[i] == ')') throw new ToyError("unexpected )");
        int start = i;
        while (i < s.Length && !char.IsWhiteSpace(s[i]) && s[i] != '(' && s[i] != ')' && s[i] != ';') i++;
        var tok = s[start..i];
        if (long.TryParse(tok, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l)) return l;
        if ((char.IsDigit(tok[0]) || (tok.Length > 1 && tok[0] == '-' && (char.IsDigit(tok[1]) || tok[1] == '.')))
            && double.TryParse(tok, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)) return d;
        return tok;
    }
}
