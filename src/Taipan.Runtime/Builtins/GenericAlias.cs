using System.Text;
using Taipan.Runtime.Binding;
using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Objects;

namespace Taipan.Runtime.Builtins;

/// <summary>types.GenericAlias: `list[int]` (PEP 585), and `*tuple[int]` (PEP 646, starred).</summary>
internal sealed class GenericAlias : PyObject
{
    public readonly PyObject Origin;
    public readonly PyTuple Args;
    /// <summary>`*tuple[int]`: what iterating an alias yields (__unpacked__).</summary>
    public bool Starred;
    private PyTuple? parameters;

    public GenericAlias(PyObject origin, PyObject args) : this(RuntimeTypes.GenericAlias, origin, args) { }

    /// <summary>An instance of types.GenericAlias or of a Python subclass (collections.abc's _CallableGenericAlias).</summary>
    public GenericAlias(PyType type, PyObject origin, PyObject args) : base(type)
    {
        Origin = origin;
        Args = args as PyTuple ?? PyTuple.Of(args);
    }

    /// <summary>Attributes the alias answers itself; every other name is looked up on the origin, so
    /// `list[int].append is list.append` (ga_getattro's exception list).</summary>
    private static readonly HashSet<string> OwnAttributes = new(StringComparer.Ordinal)
    {
        "__class__", "__origin__", "__args__", "__unpacked__", "__parameters__", "__typing_unpacked_tuple_args__",
        "__mro_entries__", "__reduce_ex__", "__reduce__", "__copy__", "__deepcopy__",
    };

    private static readonly string[] OwnAttributeOrder =
    {
        "__class__", "__origin__", "__args__", "__unpacked__", "__parameters__", "__typing_unpacked_tuple_args__",
        "__mro_entries__", "__reduce_ex__", "__reduce__", "__copy__", "__deepcopy__",
    };

    internal static readonly PyStr OriginName = StrIntern.Intern("__origin__");
    internal static readonly PyStr ArgsName = StrIntern.Intern("__args__");
    internal static readonly PyStr ParametersName = StrIntern.Intern("__parameters__");
    private static readonly PyStr TypingSubst = StrIntern.Intern("__typing_subst__");
    private static readonly PyStr TypingPrepareSubst = StrIntern.Intern("__typing_prepare_subst__");
    private static readonly PyStr TypingUnpackedTupleArgs = StrIntern.Intern("__typing_unpacked_tuple_args__");
    private static readonly PyStr TypingIsUnpackedTypeVarTuple = StrIntern.Intern("__typing_is_unpacked_typevartuple__");
    private static readonly PyStr OrigClass = StrIntern.Intern("__orig_class__");

    /// <summary>_PyObject_LookupAttr: null when the attribute is missing (AttributeError), other errors propagate.</summary>
    internal static PyObject? LookupAttr(PyObject o, PyStr name)
    {
        try { return PyOps.GetAttrOrNull(o, name); }
        catch (PyException e) when (e.Matches(PyTypes.AttributeError)) { return null; }
    }

    public PyTuple Parameters => parameters ??= MakeParameters(Args);

    /// <summary>The repr of one argument (ga_repr_item): `...`, an alias-like object by its repr, a class
    /// by module.qualname (builtins unqualified), anything else by its repr.</summary>
    internal static string TypeRepr(PyObject o)
    {
        if (o == PyEllipsis.Instance) return "...";
        if (LookupAttr(o, OriginName) is not null && LookupAttr(o, ArgsName) is not null)
            return PyOps.Repr(o).Value;
        var qual = LookupAttr(o, Names.QualName);
        if (qual is null) return PyOps.Repr(o).Value;
        var mod = LookupAttr(o, Names.Module);
        if (mod is null || mod == PyNone.Instance) return PyOps.Repr(o).Value;
        if (mod is PyStr ms && ms.Value == "builtins") return PyOps.Str(qual).Value;
        return PyOps.Str(mod).Value + "." + PyOps.Str(qual).Value;
    }

    private static void AppendArg(StringBuilder sb, PyObject a)
    {
        if (a is PyList l)
        {
            sb.Append('[');
            for (int j = 0; j < l.Count; j++) sb.Append(j > 0 ? ", " : "").Append(TypeRepr(l[j]));
            sb.Append(']');
        }
        else sb.Append(TypeRepr(a));
    }

    /// <summary>_Py_make_parameters: the type variables of the arguments in order of first appearance;
    /// an argument with __typing_subst__ is one, anything else contributes its own __parameters__.</summary>
    internal static PyTuple MakeParameters(PyTuple args)
    {
        List<PyObject>? result = null;
        foreach (var t in args.Items)
        {
            if (t is PyType) continue;
            if (LookupAttr(t, TypingSubst) is not null)
            {
                AddUnique(ref result, t);
                continue;
            }
            if (LookupAttr(t, ParametersName) is PyTuple sub)
                foreach (var p in sub.Items) AddUnique(ref result, p);
        }
        return result is null ? PyTuple.Empty : PyTuple.Wrap(result.ToArray());
    }

    private static void AddUnique(ref List<PyObject>? list, PyObject item)
    {
        list ??= new List<PyObject>();
        foreach (var x in list) if (ReferenceEquals(x, item)) return;
        list.Add(item);
    }

    private static int IndexOf(PyTuple t, PyObject item)
    {
        for (int i = 0; i < t.Count; i++) if (ReferenceEquals(t[i], item)) return i;
        return -1;
    }

    /// <summary>The items of a starred `*tuple[...]` (or of anything with __typing_unpacked_tuple_args__), else null.</summary>
    private static PyObject? UnpackedTupleArgs(PyObject arg)
    {
        if (arg.type == RuntimeTypes.GenericAlias && arg is GenericAlias g && g.Starred && g.Origin == PyTypes.Tuple)
            return g.Args;
        var r = LookupAttr(arg, TypingUnpackedTupleArgs);
        return r == PyNone.Instance ? null : r;
    }

    /// <summary>_unpack_args: `*tuple[int, str]` among the subscript items becomes `int, str`
    /// (an unbounded `*tuple[int, ...]` stays as it is).</summary>
    private static PyTuple UnpackArgs(PyObject item)
    {
        var items = item is PyTuple t ? t.Items : new[] { item };
        var result = new List<PyObject>(items.Length);
        foreach (var x in items)
        {
            if (x is not PyType && UnpackedTupleArgs(x) is PyTuple sub
                && !(sub.Count > 0 && sub[sub.Count - 1] == PyEllipsis.Instance))
            {
                result.AddRange(sub.Items);
                continue;
            }
            result.Add(x);
        }
        return PyTuple.Wrap(result.ToArray());
    }

    private static bool IsUnpackedTypeVarTuple(PyObject arg) =>
        arg is not PyType && LookupAttr(arg, TypingIsUnpackedTypeVarTuple) is { } v && PyOps.IsTrue(v);

    /// <summary>_Py_subs_parameters: the arguments of <paramref name="self"/> with its type variables
    /// replaced by the subscript <paramref name="item"/> (`dict[T, list[S]][str, int]` → `(str, list[int])`).</summary>
    internal static PyObject[] SubstituteParameters(PyObject self, PyTuple args, PyTuple parameters, PyObject item)
    {
        int nparams = parameters.Count;
        if (nparams == 0) throw PyErrors.TypeError($"{PyOps.Repr(self).Value} is not a generic class");
        PyObject items = UnpackArgs(item);
        foreach (var param in parameters.Items)
        {
            var prepare = LookupAttr(param, TypingPrepareSubst);
            if (prepare is not null && prepare != PyNone.Instance)
                items = PyOps.Call(prepare, new[] { self, items is PyTuple ? items : PyTuple.Of(items) });
        }
        var argItems = items is PyTuple it ? it.Items : new[] { items };
        if (argItems.Length != nparams)
            throw PyErrors.TypeError($"Too {(argItems.Length > nparams ? "many" : "few")} arguments for {PyOps.Repr(self).Value}; actual {argItems.Length}, expected {nparams}");
        var newArgs = new List<PyObject>(args.Count);
        foreach (var a in args.Items)
        {
            if (a is PyType) { newArgs.Add(a); continue; }
            bool unpack = IsUnpackedTypeVarTuple(a);
            var subst = LookupAttr(a, TypingSubst);
            PyObject arg;
            if (subst is not null)
            {
                int i = IndexOf(parameters, a);
                arg = PyOps.Call(subst, new[] { argItems[i] });
            }
            else arg = SubstituteTypeVars(a, parameters, argItems);
            if (unpack && arg is PyTuple ut) newArgs.AddRange(ut.Items);
            else newArgs.Add(arg);
        }
        return newArgs.ToArray();
    }

    /// <summary>subs_tvars: an argument that has parameters of its own (`list[T]` inside `dict[str, list[T]]`)
    /// is subscripted with the values of those parameters; a TypeVarTuple's value is spliced in.</summary>
    private static PyObject SubstituteTypeVars(PyObject obj, PyTuple parameters, PyObject[] argItems)
    {
        if (LookupAttr(obj, ParametersName) is not PyTuple sub || sub.Count == 0) return obj;
        var subArgs = new List<PyObject>(sub.Count);
        foreach (var p in sub.Items)
        {
            int i = IndexOf(parameters, p);
            if (i >= 0)
            {
                var value = argItems[i];
                if (parameters[i].type.Iter is not null && value is PyTuple vt)
                {
                    subArgs.AddRange(vt.Items);
                    continue;
                }
                subArgs.Add(value);
            }
            else subArgs.Add(p);
        }
        return PyOps.GetItem(obj, PyTuple.Wrap(subArgs.ToArray()));
    }

    private static GenericAlias Starred_(GenericAlias g) => new(g.Origin, g.Args) { Starred = true };

    internal static void InitType(PyType t)
    {
        t.Repr = static self =>
        {
            var g = (GenericAlias)self;
            var sb = new StringBuilder();
            if (g.Starred) sb.Append('*');
            sb.Append(TypeRepr(g.Origin)).Append('[');
            if (g.Args.Count == 0) sb.Append("()");
            for (int i = 0; i < g.Args.Count; i++)
            {
                if (i > 0) sb.Append(", ");
                AppendArg(sb, g.Args[i]);
            }
            return PyStr.FromString(sb.Append(']').ToString());
        };
        t.Call = static (callable, args, kwnames) =>
        {
            var obj = PyOps.Call(((GenericAlias)callable).Origin, args, kwnames);
            try { ObjectAttributes.SetAttr(obj, OrigClass, callable); }
            catch (PyException e) when (e.Matches(PyTypes.AttributeError) || e.Matches(PyTypes.TypeError)) { }
            return obj;
        };
        t.RichCompare = static (a, b, op) =>
        {
            if ((op != CompareOp.Eq && op != CompareOp.Ne) || b is not GenericAlias gb) return PyNotImplemented.Instance;
            var ga = (GenericAlias)a;
            bool eq = ga.Starred == gb.Starred && PyOps.EqualsBool(ga.Origin, gb.Origin) && PyOps.EqualsBool(ga.Args, gb.Args);
            return PyBool.FromBool(op == CompareOp.Eq ? eq : !eq);
        };
        t.Hash = static self => PyOps.Hash(((GenericAlias)self).Origin) ^ PyOps.Hash(((GenericAlias)self).Args);
        t.GetAttr = static (self, name) =>
        {
            if (!OwnAttributes.Contains(name.Value)) return PyOps.GetAttrOrNull(((GenericAlias)self).Origin, name);
            return ObjectAttributes.GenericGetAttr(self, name);
        };
        t.GetItem = static (self, key) =>
        {
            var g = (GenericAlias)self;
            var newArgs = SubstituteParameters(self, g.Args, g.Parameters, key);
            return new GenericAlias(g.Origin, PyTuple.Wrap(newArgs)) { Starred = g.Starred };
        };
        t.Iter = static self => new GenericAliasIterator((GenericAlias)self);
        t.NumberSlots[(int)BinaryOp.Or] = static (a, b) => UnionType.Make(a, b);
        BindingInstaller.AddGetter(t, "__origin__", static s => ((GenericAlias)s).Origin);
        BindingInstaller.AddGetter(t, "__args__", static s => ((GenericAlias)s).Args);
        BindingInstaller.AddGetter(t, "__unpacked__", static s => PyBool.FromBool(((GenericAlias)s).Starred));
        BindingInstaller.AddGetter(t, "__parameters__", static s => ((GenericAlias)s).Parameters);
        BindingInstaller.AddGetter(t, "__typing_unpacked_tuple_args__", static s =>
            s is GenericAlias { Starred: true } g && g.Origin == PyTypes.Tuple ? g.Args : PyNone.Instance);
        BindingInstaller.AddMethod(t, "__mro_entries__", static (s, a, k) =>
        {
            ArgParser.OneArg(a, k, "__mro_entries__");
            return PyTuple.Of(((GenericAlias)s!).Origin);
        });
        BindingInstaller.AddMethod(t, "__instancecheck__", static (s, a, k) =>
            throw PyErrors.TypeError("isinstance() argument 2 cannot be a parameterized generic"));
        BindingInstaller.AddMethod(t, "__subclasscheck__", static (s, a, k) =>
            throw PyErrors.TypeError("issubclass() argument 2 cannot be a parameterized generic"));
        BindingInstaller.AddMethod(t, "__reduce__", static (s, a, k) =>
        {
            ArgParser.NoArgs(a, k, "__reduce__");
            var g = (GenericAlias)s!;
            if (g.Starred)
            {
                var next = InterpreterState.Current.BuiltinsDict.GetItemOrNull(StrIntern.Intern("next"))
                    ?? throw PyErrors.New(PyTypes.AttributeError, "next");
                return PyTuple.Of(next, PyTuple.Of(new GenericAliasIterator(new GenericAlias(g.Origin, g.Args))));
            }
            return PyTuple.Of(g.type, PyTuple.Of(g.Origin, g.Args));
        });
        BindingInstaller.AddMethod(t, "__dir__", static (s, a, k) =>
        {
            ArgParser.NoArgs(a, k, "__dir__");
            var names = PyOps.Call(InterpreterState.Current.BuiltinsDict.GetItemOrNull(StrIntern.Intern("dir"))!, new[] { ((GenericAlias)s!).Origin });
            var list = (PyList)names;
            foreach (var n in OwnAttributeOrder)
            {
                var name = StrIntern.Intern(n);
                if (!PyOps.Contains(list, name)) list.Append(name);
            }
            return list;
        });
        t.New = static (callable, args, kwnames) =>
        {
            if (kwnames is not null && kwnames.Count > 0) throw PyErrors.TypeError("GenericAlias() takes no keyword arguments");
            if (args.Length != 2) throw PyErrors.TypeError($"GenericAlias expected 2 arguments, got {args.Length}");
            return new GenericAlias((PyType)callable, args[0], args[1]);
        };
    }

    /// <summary>__class_getitem__ for the builtin generic types (list, dict, tuple, ...).</summary>
    public static void InstallClassGetItem(PyType t) =>
        t.Dict.SetItem(Names.ClassGetItem, new PyClassMethod(new PyBuiltinFunction("__class_getitem__", t.Name, null,
            static (s, a, k) => new GenericAlias(a[0], a[1]))));
}

/// <summary>iter(tuple[int]): yields `*tuple[int]` once (so `(*tuple[int],)` unpacks).</summary>
internal sealed class GenericAliasIterator : PyObject
{
    private GenericAlias? alias;

    public GenericAliasIterator(GenericAlias alias) : base(RuntimeTypes.GenericAliasIterator) => this.alias = alias;

    internal static void InitType(PyType t)
    {
        t.Iter = static self => self;
        t.IterNext = static self =>
        {
            var it = (GenericAliasIterator)self;
            if (it.alias is not { } g) return null;
            it.alias = null;
            return new GenericAlias(g.Origin, g.Args) { Starred = true };
        };
        BindingInstaller.AddMethod(t, "__reduce__", static (s, a, k) =>
        {
            ArgParser.NoArgs(a, k, "__reduce__");
            var it = (GenericAliasIterator)s!;
            return PyTuple.Of(IteratorReduce.BuiltinIter, PyTuple.Of(it.alias is { } g ? g : PyTuple.Empty));
        });
    }
}

/// <summary>types.UnionType: `int | str` (PEP 604).</summary>
internal sealed class UnionType : PyObject
{
    public readonly PyTuple Args;
    private PyTuple? parameters;

    private UnionType(PyTuple args) : base(RuntimeTypes.UnionType) => Args = args;

    private static bool IsUnionable(PyObject o) => o == PyNone.Instance || o is PyType || o is GenericAlias || o is UnionType;

    /// <summary>`a | b` of two unionable operands (_Py_union_type_or): flattened, duplicates removed (by
    /// identity, or by equality between two aliases), a single survivor returned as it is.</summary>
    public static PyObject Make(PyObject a, PyObject b)
    {
        if (!IsUnionable(a) || !IsUnionable(b)) return PyNotImplemented.Instance;
        var items = new List<PyObject>();
        Add(items, a);
        Add(items, b);
        if (items.Count == 1) return items[0];
        return new UnionType(PyTuple.Wrap(items.ToArray()));
    }

    private static void Add(List<PyObject> items, PyObject x)
    {
        if (x is UnionType u) { foreach (var i in u.Args.Items) Add(items, i); return; }
        if (x == PyNone.Instance) x = PyTypes.NoneType;
        foreach (var existing in items)
        {
            bool same = existing is GenericAlias && x is GenericAlias ? PyOps.EqualsBool(existing, x) : ReferenceEquals(existing, x);
            if (same) return;
        }
        items.Add(x);
    }

    internal static void InitType(PyType t)
    {
        t.Repr = static self =>
        {
            var u = (UnionType)self;
            var parts = new string[u.Args.Count];
            for (int i = 0; i < parts.Length; i++)
                parts[i] = u.Args[i] == PyTypes.NoneType ? "None" : GenericAlias.TypeRepr(u.Args[i]);
            return PyStr.FromString(string.Join(" | ", parts));
        };
        t.NumberSlots[(int)BinaryOp.Or] = static (a, b) => Make(a, b);
        // union_getattro: __module__ is the type's ("types"), which typing's aliases copy.
        t.GetAttr = static (self, name) => name.Value == "__module__"
            ? PyOps.GetAttrOrNull(self.type, name)
            : ObjectAttributes.GenericGetAttr(self, name);
        t.RichCompare = static (a, b, op) =>
        {
            if ((op != CompareOp.Eq && op != CompareOp.Ne) || b is not UnionType ub) return PyNotImplemented.Instance;
            var sa = new PySet(PyTypes.FrozenSet);
            foreach (var x in ((UnionType)a).Args.Items) sa.Add(x);
            var sb = new PySet(PyTypes.FrozenSet);
            foreach (var x in ub.Args.Items) sb.Add(x);
            bool eq = PyOps.EqualsBool(sa, sb);
            return PyBool.FromBool(op == CompareOp.Eq ? eq : !eq);
        };
        t.Hash = static self =>
        {
            var s = new PySet(PyTypes.FrozenSet);
            foreach (var x in ((UnionType)self).Args.Items) s.Add(x);
            return PyOps.Hash(s);
        };
        t.GetItem = static (self, key) =>
        {
            var u = (UnionType)self;
            var newArgs = GenericAlias.SubstituteParameters(self, u.Args, u.Parameters, key);
            if (newArgs.Length == 0) return new UnionType(PyTuple.Empty);
            var res = newArgs[0];
            for (int i = 1; i < newArgs.Length; i++) res = PyOps.BinaryOp(res, newArgs[i], BinaryOp.Or);
            return res;
        };
        BindingInstaller.AddGetter(t, "__args__", static s => ((UnionType)s).Args);
        BindingInstaller.AddGetter(t, "__parameters__", static s => ((UnionType)s).Parameters);
    }

    private PyTuple Parameters => parameters ??= GenericAlias.MakeParameters(Args);
}
