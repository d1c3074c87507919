using System.Text;

namespace Taipan.Compiler.Ast;

/// <summary>
/// Prints a tree exactly as CPython 3.11's <c>ast.dump(node, include_attributes=True)</c>:
/// every field by name, optional fields that are None left out, positions after fields.
/// </summary>
public sealed class AstDumper : IAstFieldWalker
{
    private readonly StringBuilder _sb;
    private bool _first;

    private AstDumper(StringBuilder sb) { _sb = sb; }

    public static string Dump(Node node)
    {
        var sb = new StringBuilder(4096);
        new AstDumper(sb).WriteNode(node);
        return sb.ToString();
    }

    public static void Dump(Node node, StringBuilder sb) => new AstDumper(sb).WriteNode(node);

    private void WriteNode(Node? node)
    {
        if (node == null) { _sb.Append("None"); return; }
        _sb.Append(node.PythonName).Append('(');
        bool saved = _first;
        _first = true;
        node.WalkFields(this);
        if (node.HasPosition)
        {
            Sep(); _sb.Append("lineno=").Append(node.Lineno);
            Sep(); _sb.Append("col_offset=").Append(node.ColOffset);
            Sep(); _sb.Append("end_lineno=").Append(node.EndLineno);
            Sep(); _sb.Append("end_col_offset=").Append(node.EndColOffset);
        }
        _first = saved;
        _sb.Append(')');
    }

    private void Sep()
    {
        if (_first) _first = false;
        else _sb.Append(", ");
    }

    private void Field(string name)
    {
        Sep();
        _sb.Append(name).Append('=');
    }

    void IAstFieldWalker.Node(string name, Node? value, bool optional)
    {
        if (value == null && optional) return;
        Field(name);
        WriteNode(value);
    }

    void IAstFieldWalker.NodeList<T>(string name, List<T> values)
    {
        Field(name);
        _sb.Append('[');
        for (int i = 0; i < values.Count; i++)
        {
            if (i > 0) _sb.Append(", ");
            WriteNode(values[i]);
        }
        _sb.Append(']');
    }

    void IAstFieldWalker.String(string name, string? value, bool optional)
    {
        if (value == null && optional) return;
        Field(name);
        if (value == null) _sb.Append("None");
        else PyRepr.Str(_sb, value);
    }

    void IAstFieldWalker.StringList(string name, List<string> values)
    {
        Field(name);
        _sb.Append('[');
        for (int i = 0; i < values.Count; i++)
        {
            if (i > 0) _sb.Append(", ");
            PyRepr.Str(_sb, values[i]);
        }
        _sb.Append(']');
    }

    void IAstFieldWalker.Int(string name, int? value)
    {
        if (value == null) return;
        Field(name);
        _sb.Append(value.Value);
    }

    void IAstFieldWalker.Enum(string name, string constructor)
    {
        Field(name);
        _sb.Append(constructor).Append("()");
    }

    void IAstFieldWalker.EnumList<T>(string name, List<T> values)
    {
        Field(name);
        _sb.Append('[');
        for (int i = 0; i < values.Count; i++)
        {
            if (i > 0) _sb.Append(", ");
            _sb.Append(values[i].ToString()).Append("()");
        }
        _sb.Append(']');
    }

    void IAstFieldWalker.Constant(string name, object? value)
    {
        Field(name);
        PyRepr.Constant(_sb, value);
    }
}
