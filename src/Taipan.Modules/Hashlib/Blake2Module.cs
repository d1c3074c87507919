using Taipan.Runtime.Binding;
using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Hashlib;

/// <summary>
/// _blake2: blake2b/blake2s with their default parameters (libcrypto's BLAKE2b-512 and BLAKE2s-256).
/// Keyed hashing, salt, person, tree parameters and other digest sizes are not available through
/// the EVP interface; asking for them raises ValueError rather than computing a different hash.
/// </summary>
[PyModule("_blake2")]
internal static partial class Blake2Module
{
    public static PyModule Create()
    {
        var m = NativeModules.FromBindings("_blake2", InstallPyBindings);
        m.Dict.SetItem(PyStr.FromAscii("blake2b"), Constructor("blake2b", 64));
        m.Dict.SetItem(PyStr.FromAscii("blake2s"), Constructor("blake2s", 32));
        foreach (var (name, v) in new[] { ("BLAKE2B_SALT_SIZE", 16), ("BLAKE2B_PERSON_SIZE", 16), ("BLAKE2B_MAX_KEY_SIZE", 64), ("BLAKE2B_MAX_DIGEST_SIZE", 64),
                     ("BLAKE2S_SALT_SIZE", 8), ("BLAKE2S_PERSON_SIZE", 8), ("BLAKE2S_MAX_KEY_SIZE", 32), ("BLAKE2S_MAX_DIGEST_SIZE", 32) })
            m.Dict.SetItem(PyStr.FromAscii(name), PyInt.FromLong(v));
        return m;
    }

    private static PyObject Constructor(string name, int defaultSize) =>
        new PyBuiltinFunction(name, "_blake2", null, (self, args, kwnames) =>
        {
            int nk = kwnames?.Count ?? 0;
            int np = args.Length - nk;
            if (np > 1) throw PyErrors.TypeError($"{name}() takes at most 1 positional argument ({np} given)");
            PyObject? data = np == 1 ? args[0] : null;
            for (int i = 0; i < nk; i++)
            {
                var key = ((PyStr)kwnames![i]).Value;
                var v = args[np + i];
                switch (key)
                {
                    case "data": case "string": data = v; break;
                    case "usedforsecurity": break;
                    case "digest_size":
                        if (PyOps.Index(v).AsLong() != defaultSize) throw PyErrors.ValueError($"{name}: only digest_size={defaultSize} is supported by Taipan");
                        break;
                    case "key": case "salt": case "person":
                        if (PyOps.Length(v) != 0) throw PyErrors.ValueError($"{name}: keyed/salted/personalized hashing is not supported by Taipan");
                        break;
                    case "fanout": case "depth": case "leaf_size": case "node_offset": case "node_depth": case "inner_size": case "last_node":
                        break;
                    default: throw PyErrors.TypeError($"{name}() got an unexpected keyword argument '{key}'");
                }
            }
            return HashlibModule.Make(name, data);
        });
}
