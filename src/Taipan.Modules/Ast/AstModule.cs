using Taipan.Runtime.Builtins;
using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Ast;

/// <summary>
/// _ast: the AST node classes, written in Python (_ast.py, generated from CPython 3.11's own _ast by
/// tools/gen_ast_module.py) and compiled from this assembly's resources, so `import ast` (and with it
/// inspect, dataclasses, pprint, unittest) works. Parsing to these objects (compile with
/// PyCF_ONLY_AST) is the AstBridge's job and is not connected yet.
/// </summary>
internal static class AstModule
{
    public static PyModule Create()
    {
        using var stream = typeof(AstModule).Assembly.GetManifestResourceStream("_ast.py")
            ?? throw PyErrors.New(PyTypes.ImportError, "the _ast module source is missing from Taipan.Modules");
        using var reader = new StreamReader(stream);
        var code = Execution.CompileSource(reader.ReadToEnd(), "<frozen _ast>", "exec");
        var m = new PyModule("_ast");
        Import.ExecModule(m, code);
        return m;
    }
}
