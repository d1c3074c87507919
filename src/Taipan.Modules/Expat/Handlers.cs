namespace Taipan.Modules.Expat;

/// <summary>The handler attributes of an xmlparser, in pyexpat.c's handler_info order, and the
/// XML_Set*Handler call that installs (or removes) each one's native callback.</summary>
internal static class Handlers
{
    public const int StartElement = 0, EndElement = 1, ProcessingInstruction = 2, CharacterData = 3,
        UnparsedEntityDecl = 4, NotationDecl = 5, StartNamespaceDecl = 6, EndNamespaceDecl = 7, Comment = 8,
        StartCdataSection = 9, EndCdataSection = 10, Default = 11, DefaultExpand = 12, NotStandalone = 13,
        ExternalEntityRef = 14, StartDoctypeDecl = 15, EndDoctypeDecl = 16, EntityDecl = 17, XmlDecl = 18,
        ElementDecl = 19, AttlistDecl = 20, SkippedEntity = 21, Count = 22;

    public static readonly string[] Names =
    [
        "StartElementHandler", "EndElementHandler", "ProcessingInstructionHandler", "CharacterDataHandler",
        "UnparsedEntityDeclHandler", "NotationDeclHandler", "StartNamespaceDeclHandler", "EndNamespaceDeclHandler",
        "CommentHandler", "StartCdataSectionHandler", "EndCdataSectionHandler", "DefaultHandler",
        "DefaultHandlerExpand", "NotStandaloneHandler", "ExternalEntityRefHandler", "StartDoctypeDeclHandler",
        "EndDoctypeDeclHandler", "EntityDeclHandler", "XmlDeclHandler", "ElementDeclHandler",
        "AttlistDeclHandler", "SkippedEntityHandler",
    ];

    /// <summary>handler_info[i].setter(parser, fn).</summary>
    public static void SetNative(nint parser, int which, nint fn)
    {
        switch (which)
        {
            case StartElement: LibExpat.XML_SetStartElementHandler(parser, fn); break;
            case EndElement: LibExpat.XML_SetEndElementHandler(parser, fn); break;
            case ProcessingInstruction: LibExpat.XML_SetProcessingInstructionHandler(parser, fn); break;
            case CharacterData: LibExpat.XML_SetCharacterDataHandler(parser, fn); break;
            case UnparsedEntityDecl: LibExpat.XML_SetUnparsedEntityDeclHandler(parser, fn); break;
            case NotationDecl: LibExpat.XML_SetNotationDeclHandler(parser, fn); break;
            case StartNamespaceDecl: LibExpat.XML_SetStartNamespaceDeclHandler(parser, fn); break;
            case EndNamespaceDecl: LibExpat.XML_SetEndNamespaceDeclHandler(parser, fn); break;
            case Comment: LibExpat.XML_SetCommentHandler(parser, fn); break;
            case StartCdataSection: LibExpat.XML_SetStartCdataSectionHandler(parser, fn); break;
            case EndCdataSection: LibExpat.XML_SetEndCdataSectionHandler(parser, fn); break;
            case Default: LibExpat.XML_SetDefaultHandler(parser, fn); break;
            case DefaultExpand: LibExpat.XML_SetDefaultHandlerExpand(parser, fn); break;
            case NotStandalone: LibExpat.XML_SetNotStandaloneHandler(parser, fn); break;
            case ExternalEntityRef: LibExpat.XML_SetExternalEntityRefHandler(parser, fn); break;
            case StartDoctypeDecl: LibExpat.XML_SetStartDoctypeDeclHandler(parser, fn); break;
            case EndDoctypeDecl: LibExpat.XML_SetEndDoctypeDeclHandler(parser, fn); break;
            case EntityDecl: LibExpat.XML_SetEntityDeclHandler(parser, fn); break;
            case XmlDecl: LibExpat.XML_SetXmlDeclHandler(parser, fn); break;
            case ElementDecl: LibExpat.XML_SetElementDeclHandler(parser, fn); break;
            case AttlistDecl: LibExpat.XML_SetAttlistDeclHandler(parser, fn); break;
            case SkippedEntity: LibExpat.XML_SetSkippedEntityHandler(parser, fn); break;
        }
    }
}
