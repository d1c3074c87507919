namespace Taipan.Jit.IR;

/// <summary>One trace operation; it is also the SSA value of its result.</summary>
public sealed class Op : Value
{
    public readonly OpCode Code;
    public Value[] Args;
    public readonly Descr? Descr;
    readonly Kind kind;

    /// <summary>For guards: the interpreter state to rebuild (flat list of frame slots) if the guard fails.</summary>
    public Value[]? Resume;
    /// <summary>For guards: opaque frame layout of <see cref="Resume"/> given by the recorder (null in text tests).</summary>
    public object? Layout;

    public Op(OpCode code, Value[] args, Descr? descr = null)
    {
        Code = code;
        Args = args;
        Descr = descr;
        kind = ResultKind(code, args, descr);
    }

    public override Kind Kind => kind;
    public bool IsGuard => Code.IsGuard();

    static Kind ResultKind(OpCode code, Value[] args, Descr? descr) => code.Info().Result switch
    {
        ResultRule.Int => Kind.Int,
        ResultRule.Float => Kind.Float,
        ResultRule.Ref => Kind.Ref,
        ResultRule.FromArg0 => args[0].Kind,
        ResultRule.FromDescr => descr switch
        {
            FieldDescr f => f.Kind,
            ArrayDescr a => a.ItemKind,
            CallDescr c => c.Result,
            _ => throw new ArgumentException($"{code.Info().Name} needs a descr"),
        },
        _ => Kind.Void,
    };

    /// <summary>A copy with other arguments (same descr, resume and layout).</summary>
    public Op With(Value[] args) => new(Code, args, Descr) { Resume = Resume, Layout = Layout, Name = null };
}
