using Taipan.Runtime.Builtins;
using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Ast;

/// <summary>
/// _ast: the AST node classes, written in Python (_ast.py, generated from CPython 3.11's own _ast by
/// tools/gen_ast_module.py) and compiled from this assembly's resources, so `import ast` (and with it
/// inspect, dataclasses, pprint, unittest) works. compile() reaches the tree converters through the
/// AstBridge hooks registered here; the module itself is only created when first imported (or when
/// compile() first needs it).
/// </summary>
internal static class AstModule
{
    public static void Register()
    {
        NativeModules.Register("_ast", Create);
        AstBridge.ParseHook = AstCompile.Parse;
        AstBridge.CompileHook = AstCompile.Compile;
        AstBridge.IsAstHook = AstCompile.IsAst;
        ConstantHooks.Converter = AstConstantObject.Unwrap;
    }

    public static PyModule Create()
    {
        using var stream = typeof(AstModule).Assembly.GetManifestResourceStream("_ast.py")
            ?? throw PyErrors.New(PyTypes.ImportError, "the _ast module source is missing from Taipan.Modules");
        using var reader = new StreamReader(stream);
        var code = Execution.CompileSource(reader.ReadToEnd(), "<frozen _ast>", "exec");
        var m = new PyModule("_ast");
        Import.ExecModule(m, code);
        AstState.Attach(m);
        return m;
    }
}
