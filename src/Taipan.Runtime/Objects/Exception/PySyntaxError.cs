namespace Taipan.Runtime.Objects;

/// <summary>SyntaxError / IndentationError / TabError: SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset])).</summary>
internal sealed class PySyntaxError : PyBaseException
{
    public PyObject? Msg, Filename, Lineno, Offset, Text, EndLineno, EndOffset, PrintFileAndLine;

    public PySyntaxError(PyType type, PyTuple args) : base(type, args) { }

    internal static void InitOwnType(PyType t)
    {
        t.Init = static (self, args, kwnames) =>
        {
            InitBase(self, args, kwnames);
            var e = (PySyntaxError)self;
            if (args.Length >= 1) e.Msg = args[0];
            if (args.Length != 2) return;
            var info = ExceptionMembers.ToTuple(args[1]);
            if (info.Count < 4) throw PyErrors.TypeError($"function takes at least 4 arguments ({info.Count} given)");
            if (info.Count > 6) throw PyErrors.TypeError($"function takes at most 6 arguments ({info.Count} given)");
            e.Filename = info[0];
            e.Lineno = info[1];
            e.Offset = info[2];
            e.Text = info[3];
            e.EndLineno = info.Count > 4 ? info[4] : null;
            e.EndOffset = info.Count > 5 ? info[5] : null;
            if (e.EndLineno is not null && e.EndOffset is null)
                throw PyErrors.TypeError("end_offset must be provided when end_lineno is provided");
        };
        t.Str = static self =>
        {
            var e = (PySyntaxError)self;
            string? filename = null;
            if (e.Filename is PyStr fs)
            {
                var slash = fs.Value.LastIndexOf('/');
                filename = slash >= 0 ? fs.Value[(slash + 1)..] : fs.Value;
            }
            bool haveLineno = e.Lineno is not null && e.Lineno.type == PyTypes.Int;
            var msg = PyOps.Str(e.Msg ?? PyNone.Instance).Value;
            if (filename is null && !haveLineno) return PyStr.FromString(msg);
            var line = haveLineno ? PyOps.Str(e.Lineno!).Value : "";
            if (filename is not null && haveLineno) return PyStr.FromString($"{msg} ({filename}, line {line})");
            if (filename is not null) return PyStr.FromString($"{msg} ({filename})");
            return PyStr.FromString($"{msg} (line {line})");
        };
        ExceptionMembers.Object<PySyntaxError>(t, "msg", static e => e.Msg, static (e, v) => e.Msg = v);
        ExceptionMembers.Object<PySyntaxError>(t, "filename", static e => e.Filename, static (e, v) => e.Filename = v);
        ExceptionMembers.Object<PySyntaxError>(t, "lineno", static e => e.Lineno, static (e, v) => e.Lineno = v);
        ExceptionMembers.Object<PySyntaxError>(t, "offset", static e => e.Offset, static (e, v) => e.Offset = v);
        ExceptionMembers.Object<PySyntaxError>(t, "text", static e => e.Text, static (e, v) => e.Text = v);
        ExceptionMembers.Object<PySyntaxError>(t, "end_lineno", static e => e.EndLineno, static (e, v) => e.EndLineno = v);
        ExceptionMembers.Object<PySyntaxError>(t, "end_offset", static e => e.EndOffset, static (e, v) => e.EndOffset = v);
        ExceptionMembers.Object<PySyntaxError>(t, "print_file_and_line", static e => e.PrintFileAndLine, static (e, v) => e.PrintFileAndLine = v);
    }
}
