using Taipan.Runtime.Builtins;
using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Expat;

/// <summary>_PyTraceback_Add as pyexpat's call_with_frame uses it: an exception leaving a handler gets
/// a traceback entry for the C function that called it ("../Modules/pyexpat.c", line 417, in
/// StartElement), between the handler's frame and Parse's caller. Tests and users read it.</summary>
internal static class ExpatTraceback
{
    private const string Filename = "../Modules/pyexpat.c";

    // The entry's function name and line, as Debian's CPython 3.11.2 reports them (handler_info order).
    private static readonly (string Name, int Line)[] Entries =
    [
        ("StartElement", 417), ("EndElement", 469), ("ProcessingInstruction", 473), ("CharacterData", 282),
        ("UnparsedEntityDecl", 479), ("NotationDecl", 619), ("StartNamespaceDecl", 629), ("EndNamespaceDecl", 636),
        ("Comment", 641), ("StartCdataSection", 645), ("EndCdataSection", 649), ("Default", 653),
        ("DefaultHandlerExpand", 657), ("NotStandalone", 662), ("ExternalEntityRef", 666), ("StartDoctypeDecl", 681),
        ("EndDoctypeDecl", 689), ("EntityDecl", 491), ("XmlDecl", 508), ("ElementDecl", 583), ("AttlistDecl", 598),
        ("SkippedEntity", 611),
    ];

    private static readonly PyCode?[] codes = new PyCode?[Handlers.Count];

    public static void Add(PyBaseException exc, int which)
    {
        var code = codes[which] ??= MakeCode(Entries[which].Name, Entries[which].Line);
        if (code is null) return;
        var frame = new Frame(code, new PyDict(), new PyDict(), null);
        exc.Traceback = new PyTraceback(exc.Traceback as PyTraceback, frame, 0);
    }

    /// <summary>A code object named after the C function whose first instruction is on its line.</summary>
    private static PyCode? MakeCode(string name, int line)
    {
        var module = Execution.CompileSource(new string('\n', line - 1) + "def " + name + "(): pass\n", Filename, "exec");
        foreach (var c in module.Consts)
            if (c is PyCode f && f.Name.Value == name) return f;
        return null;
    }
}
