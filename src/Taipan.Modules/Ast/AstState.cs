using System.Runtime.CompilerServices;
using Taipan.Runtime.Builtins;
using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Ast;

/// <summary>
/// The node classes of one `_ast` module object, resolved by name once when the module is created:
/// the bridge maps class ids to classes (building objects) and classes to ids (reading them back).
/// Kept beside the module rather than in statics, so each interpreter has its own.
/// </summary>
internal sealed class AstState
{
    private static readonly ConditionalWeakTable<PyModule, AstState> States = new();

    public readonly PyType[] Classes;
    public readonly Dictionary<PyType, int> ClassIds;
    private readonly Dictionary<string, int> _idByName;
    private readonly PyObject?[] _singletons;

    private AstState(PyModule module)
    {
        var names = AstClassNames.All;
        Classes = new PyType[names.Length];
        ClassIds = new Dictionary<PyType, int>(names.Length, ReferenceEqualityComparer.Instance);
        _idByName = new Dictionary<string, int>(names.Length, StringComparer.Ordinal);
        _singletons = new PyObject?[names.Length];
        for (int i = 0; i < names.Length; i++)
        {
            var cls = module.Dict.GetItemOrNull(StrIntern.Intern(names[i])) as PyType
                ?? throw PyErrors.SystemError($"_ast has no class {names[i]}");
            Classes[i] = cls;
            ClassIds[cls] = i;
            _idByName[names[i]] = i;
        }
    }

    public static void Attach(PyModule module) => States.AddOrUpdate(module, new AstState(module));

    /// <summary>The state of the `_ast` module, importing it on first use.</summary>
    public static AstState Current()
    {
        var m = Import.ImportAbsolute("_ast");
        if (m is PyModule pm && States.TryGetValue(pm, out var s)) return s;
        throw PyErrors.SystemError("_ast module is not Taipan's");
    }

    public int IdOf(string pythonName) => _idByName[pythonName];

    public bool IsAst(PyObject o)
    {
        var ast = Classes[AstClassIds.C_AST];
        var mro = o.type.Mro;
        for (int i = 0; i < mro.Length; i++)
            if (mro[i] == ast) return true;
        return false;
    }

    /// <summary>Field-less nodes (Load(), Add(), ...) are one shared object per class, as in CPython.</summary>
    public PyObject Singleton(int id) => _singletons[id] ??= new PyInstance(Classes[id]);
}
