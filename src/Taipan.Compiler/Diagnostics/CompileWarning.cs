namespace Taipan.Compiler.Diagnostics;

/// <summary>
/// A warning the compiler issues (compile.c's compiler_warn: SyntaxWarning for `x is 1`, an assert on
/// a tuple, a call or subscript that looks like a missing comma). The runtime passes it to the
/// warnings machinery; when a filter turns it into an error, <see cref="AsError"/> (a SyntaxError at
/// the same place) is raised instead, as CPython does.
/// </summary>
public sealed record CompileWarning(string Category, string Message, string Filename, int Lineno, PythonSyntaxError AsError);
