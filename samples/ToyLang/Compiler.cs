namespace ToyLang;

/// <summary>S-expressions to register bytecode.</summary>
public sealed class Compiler
{
    readonly Dictionary<string, FunctionCell> globals;
    readonly Function fn;
    readonly Dictionary<string, int> locals = new();
    readonly List<Ins> code = new();
    int temps, maxTemps;

    Compiler(Dictionary<string, FunctionCell> globals, Function fn) { this.globals = globals; this.fn = fn; }

    public static Function CompileProgram(List<object> forms, Dictionary<string, FunctionCell> globals) =>
        CompileFunction("main", new List<object>(), forms, globals);

    static Function CompileFunction(string name, List<object> ps, List<object> body, Dictionary<string, FunctionCell> globals)
    {
        var fn = new Function(name, ps.Count);
        var c = new Compiler(globals, fn);
        foreach (var p in ps) c.locals[(string)p] = c.locals.Count;
        foreach (var form in body) c.CollectLocals(form);
        int result = c.Temp();
        if (body.Count == 0) c.Emit(Code.Const, result);
        foreach (var form in body) c.Expr(form, result);
        c.Emit(Code.Return, result);
        fn.NRegs = c.locals.Count + c.maxTemps;
        // temps are numbered after locals
        foreach (var ins in c.code) c.Relocate(ins);
        fn.Code = c.code.ToArray();
        return fn;
    }

    const int TempBase = 1 << 20;

    void Relocate(Ins ins)
    {
        int Fix(int r) => r >= TempBase ? r - TempBase + locals.Count : r;
        ins.A = Fix(ins.A);
        if (ins.Op is not (Code.Jump or Code.JumpIfFalse)) ins.B = Fix(ins.B);
        if (ins.Op is not Code.Call) ins.C = Fix(ins.C);
        else ins.B = Fix(ins.B);
    }

    void CollectLocals(object form)
    {
        if (form is not List<object> l || l.Count == 0) return;
        if (l[0] is "def") return;
        if (l[0] is "set" && l.Count == 3 && l[1] is string v && !locals.ContainsKey(v)) locals[v] = locals.Count;
        foreach (var x in l) CollectLocals(x);
    }

    int Temp()
    {
        int t = TempBase + temps++;
        maxTemps = Math.Max(maxTemps, temps);
        return t;
    }

    Ins Emit(Code op, int a = 0, int b = 0, int c = 0, object? k = null)
    {
        var ins = new Ins { Op = op, A = a, B = b, C = c, K = k };
        code.Add(ins);
        return ins;
    }

    int Operand(object node)
    {
        if (node is string s && locals.TryGetValue(s, out var r)) return r;
        int t = Temp();
        Expr(node, t);
        return t;
    }

    static readonly Dictionary<string, Code> Binary = new()
    {
        ["+"] = Code.Add, ["-"] = Code.Sub, ["*"] = Code.Mul, ["/"] = Code.Div, ["%"] = Code.Mod,
        ["<"] = Code.Lt, ["<="] = Code.Le, [">"] = Code.Gt, [">="] = Code.Ge, ["=="] = Code.Eq, ["!="] = Code.Ne,
    };

    void Expr(object node, int dst)
    {
        int saved = temps;
        switch (node)
        {
            case long l: Emit(Code.Const, dst, k: new IntBox(l)); break;
            case double d: Emit(Code.Const, dst, k: new FloatBox(d)); break;
            case "nil": Emit(Code.Const, dst); break;
            case string s:
                if (!locals.TryGetValue(s, out var r)) throw new ToyError($"undefined variable {s}");
                if (r != dst) Emit(Code.Move, dst, r);
                break;
            case List<object> l when l.Count > 0 && l[0] is string head:
                List(head, l, dst);
                break;
            default: throw new ToyError("cannot compile " + Show.Of(null));
        }
        temps = saved;
    }

    void Need(List<object> l, int n, string what)
    {
        if (l.Count != n) throw new ToyError($"{what} takes {n - 1} arguments");
    }

    void List(string head, List<object> l, int dst)
    {
        if (Binary.TryGetValue(head, out var bop))
        {
            Need(l, 3, head);
            int a = Operand(l[1]), b = Operand(l[2]);
            Emit(bop, dst, a, b);
            return;
        }
        switch (head)
        {
            case "set":
            {
                Need(l, 3, "set");
                int r = locals[(string)l[1]];
                Expr(l[2], r);
                if (r != dst) Emit(Code.Move, dst, r);
                return;
            }
            case "while":
            {
                int top = code.Count;
                int c = Operand(l[1]);
                var exit = Emit(Code.JumpIfFalse, c);
                int scratch = Temp();
                for (int i = 2; i < l.Count; i++) Expr(l[i], scratch);
                Emit(Code.Jump, 0, top);
                exit.B = code.Count;
                Emit(Code.Const, dst);
                return;
            }
            case "if":
            {
                if (l.Count is < 3 or > 4) throw new ToyError("if takes 2 or 3 arguments");
                int c = Operand(l[1]);
                var toElse = Emit(Code.JumpIfFalse, c);
                Expr(l[2], dst);
                var toEnd = Emit(Code.Jump, 0, 0);
                toElse.B = code.Count;
                if (l.Count == 4) Expr(l[3], dst); else Emit(Code.Const, dst);
                toEnd.B = code.Count;
                return;
            }
            case "do":
                if (l.Count == 1) Emit(Code.Const, dst);
                for (int i = 1; i < l.Count; i++) Expr(l[i], dst);
                return;
            case "print":
                Need(l, 2, "print");
                Expr(l[1], dst);
                Emit(Code.Print, dst);
                return;
            case "return":
            {
                Need(l, 2, "return");
                int r = Operand(l[1]);
                Emit(Code.Return, r);
                return;
            }
            case "def":
            {
                if (l.Count < 3 || l[1] is not string name || l[2] is not List<object> ps) throw new ToyError("def name (params) body...");
                var f = CompileFunction(name, ps, l.GetRange(3, l.Count - 3), globals);
                Emit(Code.Def, k: (Cell(name), f));
                Emit(Code.Const, dst);
                return;
            }
            case "pair":
            {
                Need(l, 3, "pair");
                int a = Operand(l[1]), b = Operand(l[2]);
                Emit(Code.Pair, dst, a, b);
                return;
            }
            case "fst":
            case "snd":
                Need(l, 2, head);
                Emit(head == "fst" ? Code.Fst : Code.Snd, dst, Operand(l[1]));
                return;
            case "setfst":
            case "setsnd":
            {
                Need(l, 3, head);
                int p = Operand(l[1]), v = Operand(l[2]);
                Emit(head == "setfst" ? Code.SetFst : Code.SetSnd, 0, p, v);
                if (v != dst) Emit(Code.Move, dst, v);
                return;
            }
            default:
            {
                int argc = l.Count - 1;
                int first = temps;
                for (int i = 0; i < argc; i++) Temp();
                for (int i = 0; i < argc; i++) Expr(l[i + 1], TempBase + first + i);
                Emit(Code.Call, dst, argc == 0 ? TempBase + first : TempBase + first, argc, Cell(head));
                return;
            }
        }
    }

    FunctionCell Cell(string name)
    {
        if (!globals.TryGetValue(name, out var c)) globals[name] = c = new FunctionCell(name);
        return c;
    }
}
