using System.Runtime.InteropServices;

namespace Taipan.Modules.Expat;

/// <summary>The system libexpat (libexpat.so.1), the library Debian's CPython links: the same parser
/// gives the same events, error codes, messages and positions. XML_Char is char (UTF-8).</summary>
internal static unsafe partial class LibExpat
{
    private const string Lib = "libexpat.so.1";

    public const int XML_STATUS_ERROR = 0;
    public const int XML_ERROR_NONE = 0;

    [LibraryImport(Lib)] public static partial nint XML_ParserCreate_MM(byte* encoding, nint memsuite, byte* namespaceSeparator);
    [LibraryImport(Lib)] public static partial nint XML_ExternalEntityParserCreate(nint parser, byte* context, byte* encoding);
    [LibraryImport(Lib)] public static partial void XML_ParserFree(nint parser);
    [LibraryImport(Lib)] public static partial void XML_SetUserData(nint parser, nint userData);
    [LibraryImport(Lib)] public static partial int XML_SetEncoding(nint parser, byte* encoding);
    [LibraryImport(Lib)] public static partial int XML_Parse(nint parser, byte* s, int len, int isFinal);
    [LibraryImport(Lib)] public static partial int XML_ParseBuffer(nint parser, int len, int isFinal);
    [LibraryImport(Lib)] public static partial nint XML_GetBuffer(nint parser, int len);
    [LibraryImport(Lib)] public static partial int XML_StopParser(nint parser, byte resumable);
    [LibraryImport(Lib)] public static partial int XML_GetErrorCode(nint parser);
    [LibraryImport(Lib)] public static partial nint XML_ErrorString(int code);
    [LibraryImport(Lib)] public static partial nuint XML_GetCurrentLineNumber(nint parser);
    [LibraryImport(Lib)] public static partial nuint XML_GetCurrentColumnNumber(nint parser);
    [LibraryImport(Lib)] public static partial long XML_GetCurrentByteIndex(nint parser);
    [LibraryImport(Lib)] public static partial int XML_SetBase(nint parser, byte* @base);
    [LibraryImport(Lib)] public static partial nint XML_GetBase(nint parser);
    [LibraryImport(Lib)] public static partial nint XML_GetInputContext(nint parser, int* offset, int* size);
    [LibraryImport(Lib)] public static partial int XML_SetParamEntityParsing(nint parser, int parsing);
    [LibraryImport(Lib)] public static partial int XML_UseForeignDTD(nint parser, byte useDTD);
    [LibraryImport(Lib)] public static partial void XML_SetReturnNSTriplet(nint parser, int doNst);
    [LibraryImport(Lib)] public static partial int XML_GetSpecifiedAttributeCount(nint parser);
    [LibraryImport(Lib)] public static partial void XML_FreeContentModel(nint parser, XmlContent* model);
    [LibraryImport(Lib)] public static partial nint XML_ExpatVersion();
    [LibraryImport(Lib)] public static partial ExpatVersion XML_ExpatVersionInfo();
    [LibraryImport(Lib)] public static partial XmlFeature* XML_GetFeatureList();
    [LibraryImport(Lib)] public static partial int XML_SetHashSalt(nint parser, nuint salt);
    [LibraryImport(Lib)] public static partial void XML_SetUnknownEncodingHandler(nint parser, nint handler, nint data);

    // Every XML_Set*Handler has the same shape: (parser, function pointer or null).
    [LibraryImport(Lib)] public static partial void XML_SetStartElementHandler(nint parser, nint handler);
    [LibraryImport(Lib)] public static partial void XML_SetEndElementHandler(nint parser, nint handler);
    [LibraryImport(Lib)] public static partial void XML_SetProcessingInstructionHandler(nint parser, nint handler);
    [LibraryImport(Lib)] public static partial void XML_SetCharacterDataHandler(nint parser, nint handler);
    [LibraryImport(Lib)] public static partial void XML_SetUnparsedEntityDeclHandler(nint parser, nint handler);
    [LibraryImport(Lib)] public static partial void XML_SetNotationDeclHandler(nint parser, nint handler);
    [LibraryImport(Lib)] public static partial void XML_SetStartNamespaceDeclHandler(nint parser, nint handler);
    [LibraryImport(Lib)] public static partial void XML_SetEndNamespaceDeclHandler(nint parser, nint handler);
    [LibraryImport(Lib)] public static partial void XML_SetCommentHandler(nint parser, nint handler);
    [LibraryImport(Lib)] public static partial void XML_SetStartCdataSectionHandler(nint parser, nint handler);
    [LibraryImport(Lib)] public static partial void XML_SetEndCdataSectionHandler(nint parser, nint handler);
    [LibraryImport(Lib)] public static partial void XML_SetDefaultHandler(nint parser, nint handler);
    [LibraryImport(Lib)] public static partial void XML_SetDefaultHandlerExpand(nint parser, nint handler);
    [LibraryImport(Lib)] public static partial void XML_SetNotStandaloneHandler(nint parser, nint handler);
    [LibraryImport(Lib)] public static partial void XML_SetExternalEntityRefHandler(nint parser, nint handler);
    [LibraryImport(Lib)] public static partial void XML_SetStartDoctypeDeclHandler(nint parser, nint handler);
    [LibraryImport(Lib)] public static partial void XML_SetEndDoctypeDeclHandler(nint parser, nint handler);
    [LibraryImport(Lib)] public static partial void XML_SetEntityDeclHandler(nint parser, nint handler);
    [LibraryImport(Lib)] public static partial void XML_SetXmlDeclHandler(nint parser, nint handler);
    [LibraryImport(Lib)] public static partial void XML_SetElementDeclHandler(nint parser, nint handler);
    [LibraryImport(Lib)] public static partial void XML_SetAttlistDeclHandler(nint parser, nint handler);
    [LibraryImport(Lib)] public static partial void XML_SetSkippedEntityHandler(nint parser, nint handler);

    /// <summary>XML_ErrorString as a .NET string, null for an unknown code.</summary>
    public static string? ErrorString(int code) => Marshal.PtrToStringUTF8(XML_ErrorString(code));

    /// <summary>XML_GetUserData is a macro: the user data is the first field of the parser struct.</summary>
    public static nint GetUserData(nint parser) => *(nint*)parser;
}

[StructLayout(LayoutKind.Sequential)]
internal struct ExpatVersion
{
    public int Major, Minor, Micro;
}

[StructLayout(LayoutKind.Sequential)]
internal unsafe struct XmlFeature
{
    public int Feature; // XML_FEATURE_END (0) ends the list
    public byte* Name;
    public nint Value;
}

/// <summary>XML_Content: one node of an element declaration's content model.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct XmlContent
{
    public int Type;
    public int Quant;
    public byte* Name;
    public uint NumChildren;
    public XmlContent* Children;
}

/// <summary>XML_Encoding, filled by an unknown-encoding handler: one code point per byte (-1: invalid).</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct XmlEncoding
{
    public fixed int Map[256];
    public nint Data;
    public nint Convert;
    public nint Release;
}
