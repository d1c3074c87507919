using Taipan.Compiler.Diagnostics;
using Taipan.Compiler.Parsing;
using Taipan.Runtime.Builtins;
using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Objects;
using CodeCompiler = Taipan.Compiler.Bytecode.Compiler;
using N = Taipan.Compiler.Ast;

namespace Taipan.Modules.Ast;

/// <summary>compile()'s two AST paths: source to `_ast` objects (PyCF_ONLY_AST) and `_ast` objects to code.</summary>
internal static class AstCompile
{
    private const long TypeCommentsFlag = 0x1000;

    public static PyObject Parse(string source, string filename, string mode, long flags, int featureVersion)
    {
        N.Mod mod;
        bool typeComments = (flags & TypeCommentsFlag) != 0;
        try
        {
            mod = mode switch
            {
                "exec" => PythonParser.ParseModule(source, filename, typeComments),
                "eval" => PythonParser.ParseExpression(source, filename, typeComments),
                "single" => PythonParser.ParseInteractive(source, filename, typeComments),
                _ => PythonParser.ParseFuncType(source, filename, typeComments),
            };
            if (featureVersion >= 0 && featureVersion < FeatureVersions.Current)
                FeatureVersions.Check(mod, source, filename, featureVersion);
        }
        catch (PythonSyntaxError e)
        {
            throw SyntaxErrors.ToPython(e);
        }
        return new AstToPython(AstState.Current()).Convert(mod);
    }

    /// <summary>Whether <paramref name="o"/> is an ast.AST; no AST object exists before _ast is imported.</summary>
    public static bool IsAst(PyObject o)
    {
        if (o is not PyInstance) return false;
        if (SysModule.Modules?.GetItemOrNull(StrIntern.Intern("_ast")) is not PyModule) return false;
        return AstState.Current().IsAst(o);
    }

    /// <summary>Converts, validates and compiles a tree whose root must suit <paramref name="mode"/>.</summary>
    public static PyObject Compile(PyObject tree, string filename, string mode, int optimize)
    {
        var mod = ToMod(tree, mode);
        AstValidator.Validate(mod);
        try
        {
            return new PyCode(CodeCompiler.Compile(mod, filename, null, optimize));
        }
        catch (PythonSyntaxError e)
        {
            throw SyntaxErrors.ToPython(SyntaxErrors.WithProgramText(e));
        }
    }

    /// <summary>obj2mod: the root class is checked against the mode before anything is converted.</summary>
    public static N.Mod ToMod(PyObject tree, string mode)
    {
        var state = AstState.Current();
        int want = mode switch
        {
            "exec" => AstClassIds.C_Module,
            "eval" => AstClassIds.C_Expression,
            "single" => AstClassIds.C_Interactive,
            _ => AstClassIds.C_FunctionType,
        };
        if (!IsInstance(tree, state.Classes[want]))
            throw PyErrors.TypeError($"expected {AstClassNames.All[want]} node, got {tree.type.Name}");
        return new AstFromPython(state).ToMod(tree)!;
    }

    private static bool IsInstance(PyObject o, PyType t)
    {
        var mro = o.type.Mro;
        for (int i = 0; i < mro.Length; i++)
            if (mro[i] == t) return true;
        return false;
    }
}
