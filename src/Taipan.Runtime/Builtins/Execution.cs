using System.Text;
using Taipan.Compiler.Ast;
using Taipan.Compiler.Diagnostics;
using Taipan.Compiler.Parsing;
using Taipan.Runtime.Binding;
using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Objects;
using CodeCompiler = Taipan.Compiler.Bytecode.Compiler;

namespace Taipan.Runtime.Builtins;

/// <summary>compile(), exec() and eval(), and running source or code in a namespace.</summary>
internal static class Execution
{
    /// <summary>Parses and compiles Python source; syntax errors become the Python SyntaxError.</summary>
    public static PyCode CompileSource(string source, string filename, string mode, int optimize = -1)
    {
        if (optimize < 0) optimize = InterpreterState.Current.Flags.Optimize;
        try
        {
            Mod mod = mode switch
            {
                "exec" => PythonParser.ParseModule(source, filename),
                "eval" => PythonParser.ParseExpression(source, filename),
                "single" => PythonParser.ParseInteractive(source, filename),
                _ => throw PyErrors.ValueError("compile() mode must be 'exec', 'eval' or 'single'"),
            };
            return Compile(mod, filename, source, optimize);
        }
        catch (PythonSyntaxError e)
        {
            throw SyntaxErrors.ToPython(e);
        }
    }

    private static PyCode Compile(Mod mod, string filename, string? source, int optimize)
    {
        try
        {
            var warnings = new List<CompileWarning>();
            var code = new PyCode(CodeCompiler.Compile(mod, filename, source, optimize, warnings));
            CompileWarnings.Issue(warnings);
            return code;
        }
        catch (PythonSyntaxError e)
        {
            throw SyntaxErrors.ToPython(SyntaxErrors.WithProgramText(e));
        }
    }

    /// <summary>Source files: bytes decoded per PEP 263 by the front end.</summary>
    public static PyCode CompileFile(byte[] bytes, string filename)
    {
        try
        {
            var mod = PythonParser.ParseFile(bytes, filename);
            return Compile(mod, filename, null, 0);
        }
        catch (PythonSyntaxError e)
        {
            throw SyntaxErrors.ToPython(e);
        }
    }

    private static string SourceText(PyObject source, string function, string filename = "<string>")
    {
        if (source is PyStr s)
        {
            if (s.Value.Contains('\0')) throw PyErrors.ValueError("source code string cannot contain null bytes");
            return s.Value;
        }
        if (BytesLike.TryGetBytes(source, out var bytes))
        {
            if (Array.IndexOf(bytes, (byte)0) >= 0) throw PyErrors.ValueError("source code string cannot contain null bytes");
            // the tokenizer decodes bytes per PEP 263: a UTF-8 BOM or a coding cookie
            try
            {
                return Taipan.Compiler.Lexing.SourceDecoder.Decode(bytes, filename, fileMode: false);
            }
            catch (PythonSyntaxError e)
            {
                throw SyntaxErrors.ToPython(e);
            }
        }
        throw PyErrors.TypeError(function == "compile"
            ? "compile() arg 1 must be a string, bytes or AST object"
            : $"{function}() arg 1 must be a string, bytes or code object");
    }

    public static PyObject Compile(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var s = ArgParser.Unpack(args, kwnames, "compile",
            new[] { "source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version" }, 0, 3);
        var filename = s[1] is PyStr fs ? fs.Value : BytesLike.TryGetBytes(s[1]!, out var fb) ? Encoding.UTF8.GetString(fb) : PyOps.Str(s[1]!).Value;
        var mode = ArgParser.ToStr(s[2]!, "compile", "argument 'mode'");
        long flags = s[3] is null ? 0 : ArgParser.ToLong(s[3]!);
        if ((flags & ~CompileFlags.Allowed) != 0) throw PyErrors.ValueError("compile(): unrecognised flags");
        bool onlyAst = (flags & CompileFlags.OnlyAst) != 0;
        if (mode == "func_type" && !onlyAst)
            throw PyErrors.ValueError("compile() mode 'func_type' requires flag PyCF_ONLY_AST");
        if (mode != "exec" && mode != "eval" && mode != "single" && mode != "func_type")
            throw PyErrors.ValueError(onlyAst
                ? "compile() mode must be 'exec', 'eval', 'single' or 'func_type'"
                : "compile() mode must be 'exec', 'eval' or 'single'");
        // optimize -1 is the interpreter's own level (-O)
        int optimize = s[5] is null ? -1 : (int)ArgParser.ToLong(s[5]!);
        if (optimize < -1 || optimize > 2) throw PyErrors.ValueError("compile(): invalid optimize value");
        if (optimize < 0) optimize = InterpreterState.Current.Flags.Optimize;
        if (AstBridge.IsAst(s[0]!)) return onlyAst ? s[0]! : AstBridge.CompileAst(s[0]!, filename, mode, optimize);
        if (onlyAst)
        {
            int featureVersion = s[6] is null ? -1 : (int)ArgParser.ToLong(s[6]!);
            return AstBridge.Parse(SourceText(s[0]!, "compile", filename), filename, mode, flags, featureVersion);
        }
        if (s[0] is PyCode) return s[0]!;
        return CompileSource(SourceText(s[0]!, "compile", filename), filename, mode, optimize);
    }

    public static PyObject Exec(ReadOnlySpan<PyObject> args, PyTuple? kwnames, string function)
    {
        int nkw = kwnames?.Count ?? 0;
        int np = args.Length - nkw;
        PyObject? closure = null;
        for (int i = 0; i < nkw; i++)
        {
            var k = ((PyStr)kwnames![i]).Value;
            if (function == "exec" && k == "closure") { closure = args[np + i]; continue; }
            if (k == "globals" && function == "eval" && np == 1) { np = 1; }
            throw PyErrors.TypeError($"{function}() takes no keyword arguments");
        }
        if (np < 1) throw PyErrors.TypeError($"{function} expected at least 1 argument, got 0");
        if (np > 3) throw PyErrors.TypeError($"{function} expected at most 3 arguments, got {np}");
        var source = args[0];
        PyObject? globalsArg = np > 1 ? args[1] : null;
        PyObject? localsArg = np > 2 ? args[2] : null;
        if (globalsArg == PyNone.Instance) globalsArg = null;
        if (localsArg == PyNone.Instance) localsArg = null;
        PyDict globals;
        PyObject locals;
        var caller = ThreadState.Current.Frame;
        if (globalsArg is null)
        {
            globals = caller?.Globals ?? throw PyErrors.SystemError("globals and locals cannot be NULL");
            locals = localsArg ?? caller.GetLocals();
        }
        else
        {
            if (globalsArg is not PyDict gd)
            {
                if (function == "exec") throw PyErrors.TypeError($"exec() globals must be a dict, not {globalsArg.type.Name}");
                throw PyErrors.TypeError(globalsArg.type.GetItem is not null ? "globals must be a real dict; try eval(expr, {}, mapping)" : "globals must be a dict");
            }
            globals = gd;
            locals = localsArg ?? globals;
        }
        if (localsArg is not null && localsArg.type.GetItem is null)
            throw PyErrors.TypeError($"locals must be a mapping");
        if (globals.GetItemOrNull(Names.Builtins) is null)
            globals.SetItem(Names.Builtins, InterpreterState.Current.BuiltinsModule);
        if (closure == PyNone.Instance) closure = null;
        PyCode code;
        if (source is PyCode c)
        {
            code = c;
            if (code.NFrees == 0)
            {
                if (closure is not null) throw PyErrors.TypeError("cannot use a closure with this code object");
            }
            else
            {
                bool ok = closure is PyTuple ct && ct.type == PyTypes.Tuple && ct.Count == code.NFrees;
                if (ok)
                    foreach (var cell in ((PyTuple)closure!).Items)
                        if (cell is not PyCell) { ok = false; break; }
                if (!ok) throw PyErrors.TypeError("code object requires a closure of exactly length " + code.NFrees);
            }
        }
        else
        {
            if (closure is not null) throw PyErrors.TypeError("closure can only be used when source is a code object");
            var text = SourceText(source, function);
            if (function == "eval") text = text.TrimStart(' ', '\t');
            code = CompileSource(text, "<string>", function == "eval" ? "eval" : "exec");
        }
        var builtins = PyFunction.BuiltinsOf(globals);
        var frame = new Frame(code, globals, builtins, locals);
        if (code.NFrees > 0)
        {
            frame.Function = new PyFunction(code, globals, code.QualName) { Closure = (PyTuple)closure! };
        }
        var result = EvalLoop.Run(ThreadState.Current, frame);
        return function == "eval" ? result : PyNone.Instance;
    }
}

/// <summary>compile()'s flags (CPython's PyCF_* and the CO_FUTURE_* flags it accepts).</summary>
internal static class CompileFlags
{
    public const long OnlyAst = 0x400;
    /// <summary>CO_NESTED (obsolete), the CO_FUTURE_* flags, PyCF_DONT_IMPLY_DEDENT, PyCF_ONLY_AST,
    /// PyCF_TYPE_COMMENTS, PyCF_ALLOW_TOP_LEVEL_AWAIT, PyCF_ALLOW_INCOMPLETE_INPUT.</summary>
    public const long Allowed = 0x10 | 0x1FE0000 | 0x200 | OnlyAst | 0x1000 | 0x2000 | 0x4000;
}

/// <summary>Bytes-like objects (bytes, bytearray, memoryview) seen through a registered accessor, so the
/// interpreter does not depend on where those types live.</summary>
internal static class BytesLike
{
    public delegate bool Accessor(PyObject o, out byte[] bytes);

    public static Accessor? Get;

    public static bool TryGetBytes(PyObject o, out byte[] bytes)
    {
        if (Get is not null && Get(o, out bytes)) return true;
        bytes = Array.Empty<byte>();
        return false;
    }
}

/// <summary>compile(..., PyCF_ONLY_AST) and compiling ast objects need the `_ast` bridge (the ast module's
/// node classes as Python objects); registered by the module that provides it.</summary>
internal static class AstBridge
{
    /// <summary>(source, filename, mode, flags, feature version (-1: current)) to an ast.Mod object.</summary>
    public static Func<string, string, string, long, int, PyObject>? ParseHook;
    /// <summary>(tree, filename, mode, optimize level) to a code object.</summary>
    public static Func<PyObject, string, string, int, PyObject>? CompileHook;
    public static Func<PyObject, bool>? IsAstHook;

    public static PyObject Parse(string source, string filename, string mode, long flags, int featureVersion) =>
        ParseHook is null
            ? throw PyErrors.New(PyTypes.NotImplementedError, "compile(..., PyCF_ONLY_AST) needs the _ast module")
            : ParseHook(source, filename, mode, flags, featureVersion);

    public static bool IsAst(PyObject o) => IsAstHook is not null && IsAstHook(o);

    public static PyObject CompileAst(PyObject tree, string filename, string mode, int optimize = 0) => CompileHook!(tree, filename, mode, optimize);
}
