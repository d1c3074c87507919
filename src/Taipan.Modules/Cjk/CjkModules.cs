using Taipan.Runtime.Binding;
using Taipan.Runtime.Interpreter;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Cjk;

/// <summary>_multibytecodec and the _codecs_jp/cn/kr/tw/iso2022 modules whose getcodec(name) the stdlib's
/// encodings/*.py wrappers call. Codecs CPython has that are missing here (big5hkscs, the JIS X 0213 ones,
/// iso2022_jp_1/2/2004/3/ext) raise LookupError as an unknown name does.</summary>
internal static class CjkModules
{
    private static readonly Dictionary<string, CodecObject> Codecs = new();

    internal static void Register()
    {
        NativeModules.Register("_multibytecodec", CreateMultibyte);
        NativeModules.Register("_codecs_jp", () => CreateCodecModule("_codecs_jp"));
        NativeModules.Register("_codecs_cn", () => CreateCodecModule("_codecs_cn"));
        NativeModules.Register("_codecs_kr", () => CreateCodecModule("_codecs_kr"));
        NativeModules.Register("_codecs_tw", () => CreateCodecModule("_codecs_tw"));
        NativeModules.Register("_codecs_iso2022", () => CreateCodecModule("_codecs_iso2022"));
    }

    private static MbCodec? Make(string module, string name) => (module, name) switch
    {
        ("_codecs_jp", "shift_jis") => new DbcsCodec(name, "shift_jis", 932, leadLow1: 0x81, leadHigh1: 0x9F, leadLow2: 0xE0, leadHigh2: 0xEA),
        ("_codecs_jp", "cp932") => new DbcsCodec(name, "cp932", 932, leadLow1: 0x81, leadHigh1: 0x9F, leadLow2: 0xE0, leadHigh2: 0xFC),
        ("_codecs_jp", "euc_jp") => new DbcsCodec(name, "euc_jp", 20932, DbcsCodec.Kind.EucJp),
        ("_codecs_cn", "gb2312") => new DbcsCodec(name, "gb2312", 20936),
        ("_codecs_cn", "gbk") => new DbcsCodec(name, "gbk", 936),
        ("_codecs_cn", "gb18030") => new DbcsCodec(name, "gb18030", 54936, DbcsCodec.Kind.Gb18030),
        ("_codecs_cn", "hz") => new HzCodec(),
        ("_codecs_tw", "big5") => new DbcsCodec(name, "big5", 950),
        ("_codecs_tw", "cp950") => new DbcsCodec(name, "cp950", 950),
        ("_codecs_kr", "euc_kr") => new DbcsCodec(name, "euc_kr", 51949, DbcsCodec.Kind.EucKr),
        ("_codecs_kr", "cp949") => new DbcsCodec(name, "cp949", 949),
        ("_codecs_kr", "johab") => new DbcsCodec(name, "johab", 1361),
        ("_codecs_iso2022", "iso2022_jp") => Iso2022Codec.Jp(),
        ("_codecs_iso2022", "iso2022_jp_1") => Iso2022Codec.Jp1(),
        ("_codecs_iso2022", "iso2022_jp_2") => Iso2022Codec.Jp2(),
        ("_codecs_iso2022", "iso2022_kr") => Iso2022Codec.Kr(),
        _ => null,
    };

    private static PyModule CreateCodecModule(string module) => NativeModules.FromBindings(module, dict =>
        BindingInstaller.AddFunction(dict, module, "getcodec", (self, args, kwnames) =>
        {
            ArgParser.OneArg(args, kwnames, "getcodec");
            if (args[0] is not PyStr s) throw PyErrors.TypeError("encoding name must be a string.");
            lock (Codecs)
            {
                var key = module + ":" + s.Value;
                if (!Codecs.TryGetValue(key, out var co))
                {
                    var codec = Make(module, s.Value) ?? throw PyErrors.New(PyTypes.LookupError, "no such codec is supported.");
                    co = new CodecObject(codec);
                    Codecs[key] = co;
                }
                return co;
            }
        }));

    private static PyModule CreateMultibyte() => NativeModules.FromBindings("_multibytecodec", dict =>
    {
        dict.SetItem(PyStr.FromAscii("MultibyteIncrementalEncoder"), MbTypes.IncrementalEncoder);
        dict.SetItem(PyStr.FromAscii("MultibyteIncrementalDecoder"), MbTypes.IncrementalDecoder);
        dict.SetItem(PyStr.FromAscii("MultibyteStreamReader"), MbTypes.StreamReader);
        dict.SetItem(PyStr.FromAscii("MultibyteStreamWriter"), MbTypes.StreamWriter);
        // CPython passes a capsule from _codecs_xx; here getcodec already returns the codec object.
        BindingInstaller.AddFunction(dict, "_multibytecodec", "__create_codec", static (self, args, kwnames) =>
        {
            ArgParser.OneArg(args, kwnames, "__create_codec");
            return args[0] as CodecObject ?? throw PyErrors.ValueError("argument type invalid");
        });
    });
}
