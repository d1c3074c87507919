using System.Runtime.InteropServices;
using Taipan.Runtime.Objects;

namespace Taipan.Modules.Expat;

/// <summary>The native callbacks expat calls (pyexpat.c's my_*Handler). Each one finds its parser from
/// the user data and turns the C arguments into the Python handler's; no .NET exception may leave
/// them (the parser records it and stops, as call_with_frame does).</summary>
internal static unsafe class Callbacks
{
    public static nint For(int which) => which switch
    {
        Handlers.StartElement => (nint)(delegate* unmanaged<nint, byte*, byte**, void>)&StartElement,
        Handlers.EndElement => (nint)(delegate* unmanaged<nint, byte*, void>)&EndElement,
        Handlers.ProcessingInstruction => (nint)(delegate* unmanaged<nint, byte*, byte*, void>)&ProcessingInstruction,
        Handlers.CharacterData => (nint)(delegate* unmanaged<nint, byte*, int, void>)&CharacterData,
        Handlers.UnparsedEntityDecl => (nint)(delegate* unmanaged<nint, byte*, byte*, byte*, byte*, byte*, void>)&UnparsedEntityDecl,
        Handlers.NotationDecl => (nint)(delegate* unmanaged<nint, byte*, byte*, byte*, byte*, void>)&NotationDecl,
        Handlers.StartNamespaceDecl => (nint)(delegate* unmanaged<nint, byte*, byte*, void>)&StartNamespaceDecl,
        Handlers.EndNamespaceDecl => (nint)(delegate* unmanaged<nint, byte*, void>)&EndNamespaceDecl,
        Handlers.Comment => (nint)(delegate* unmanaged<nint, byte*, void>)&Comment,
        Handlers.StartCdataSection => (nint)(delegate* unmanaged<nint, void>)&StartCdataSection,
        Handlers.EndCdataSection => (nint)(delegate* unmanaged<nint, void>)&EndCdataSection,
        Handlers.Default => (nint)(delegate* unmanaged<nint, byte*, int, void>)&Default,
        Handlers.DefaultExpand => (nint)(delegate* unmanaged<nint, byte*, int, void>)&DefaultExpand,
        Handlers.NotStandalone => (nint)(delegate* unmanaged<nint, int>)&NotStandalone,
        Handlers.ExternalEntityRef => (nint)(delegate* unmanaged<nint, byte*, byte*, byte*, byte*, int>)&ExternalEntityRef,
        Handlers.StartDoctypeDecl => (nint)(delegate* unmanaged<nint, byte*, byte*, byte*, int, void>)&StartDoctypeDecl,
        Handlers.EndDoctypeDecl => (nint)(delegate* unmanaged<nint, void>)&EndDoctypeDecl,
        Handlers.EntityDecl => (nint)(delegate* unmanaged<nint, byte*, int, byte*, int, byte*, byte*, byte*, byte*, void>)&EntityDecl,
        Handlers.XmlDecl => (nint)(delegate* unmanaged<nint, byte*, byte*, int, void>)&XmlDecl,
        Handlers.ElementDecl => (nint)(delegate* unmanaged<nint, byte*, XmlContent*, void>)&ElementDecl,
        Handlers.AttlistDecl => (nint)(delegate* unmanaged<nint, byte*, byte*, byte*, byte*, int, void>)&AttlistDecl,
        Handlers.SkippedEntity => (nint)(delegate* unmanaged<nint, byte*, int, void>)&SkippedEntity,
        _ => 0,
    };

    /// <summary>Replaces the character data callback when its handler goes away while expat may still call it.</summary>
    public static nint NoopCharacterData => (nint)(delegate* unmanaged<nint, byte*, int, void>)&NoopChars;

    /// <summary>Installed after a handler failed: any further external entity reference is an error.</summary>
    public static nint ErrorExternalEntityRef => (nint)(delegate* unmanaged<nint, byte*, byte*, byte*, byte*, int>)&RefuseExternalEntity;

    public static nint UnknownEncoding => (nint)(delegate* unmanaged<nint, byte*, XmlEncoding*, int>)&UnknownEncodingHandler;

    private static PyObject Str(byte* s) => PyXmlParser.Str(s);

    [UnmanagedCallersOnly]
    private static void StartElement(nint ud, byte* name, byte** atts)
    {
        var p = PyXmlParser.FromUserData(ud);
        if (p is null || !p.Begin(Handlers.StartElement)) return;
        try
        {
            int max;
            if (p.SpecifiedAttributes) max = LibExpat.XML_GetSpecifiedAttributeCount(p.Itself);
            else
            {
                max = 0;
                while (atts[max] != null) max += 2;
            }
            PyObject container;
            if (p.OrderedAttributes)
            {
                var list = new PyList();
                for (int i = 0; i < max; i += 2)
                {
                    list.Append(p.Intern(atts[i]));
                    list.Append(Str(atts[i + 1]));
                }
                container = list;
            }
            else
            {
                var dict = new PyDict();
                for (int i = 0; i < max; i += 2) dict.SetItem(p.Intern(atts[i]), Str(atts[i + 1]));
                container = dict;
            }
            p.Invoke(Handlers.StartElement, [p.Intern(name), container]);
        }
        catch (Exception e) { p.Fail(e); }
    }

    [UnmanagedCallersOnly]
    private static void EndElement(nint ud, byte* name)
    {
        var p = PyXmlParser.FromUserData(ud);
        if (p is null || !p.Begin(Handlers.EndElement)) return;
        try { p.Invoke(Handlers.EndElement, [p.Intern(name)]); }
        catch (Exception e) { p.Fail(e); }
    }

    [UnmanagedCallersOnly]
    private static void ProcessingInstruction(nint ud, byte* target, byte* data)
    {
        var p = PyXmlParser.FromUserData(ud);
        if (p is null || !p.Begin(Handlers.ProcessingInstruction)) return;
        try { p.Invoke(Handlers.ProcessingInstruction, [p.Intern(target), Str(data)]); }
        catch (Exception e) { p.Fail(e); }
    }

    [UnmanagedCallersOnly]
    private static void CharacterData(nint ud, byte* data, int len)
    {
        var p = PyXmlParser.FromUserData(ud);
        if (p is null) return;
        try { p.CharacterData(data, len); }
        catch (Exception e) { p.Fail(e); }
    }

    [UnmanagedCallersOnly]
    private static void NoopChars(nint ud, byte* data, int len) { }

    [UnmanagedCallersOnly]
    private static void UnparsedEntityDecl(nint ud, byte* entityName, byte* @base, byte* systemId, byte* publicId, byte* notationName)
    {
        var p = PyXmlParser.FromUserData(ud);
        if (p is null || !p.Begin(Handlers.UnparsedEntityDecl)) return;
        try
        {
            // CPython's Py_BuildValue arguments are evaluated right to left (GCC): the intern dict's order shows it.
            var n = p.Intern(notationName);
            var pub = p.Intern(publicId);
            var sys = p.Intern(systemId);
            var b = p.Intern(@base);
            p.Invoke(Handlers.UnparsedEntityDecl, [p.Intern(entityName), b, sys, pub, n]);
        }
        catch (Exception e) { p.Fail(e); }
    }

    [UnmanagedCallersOnly]
    private static void NotationDecl(nint ud, byte* notationName, byte* @base, byte* systemId, byte* publicId)
    {
        var p = PyXmlParser.FromUserData(ud);
        if (p is null || !p.Begin(Handlers.NotationDecl)) return;
        try
        {
            var pub = p.Intern(publicId);
            var sys = p.Intern(systemId);
            var b = p.Intern(@base);
            p.Invoke(Handlers.NotationDecl, [p.Intern(notationName), b, sys, pub]);
        }
        catch (Exception e) { p.Fail(e); }
    }

    [UnmanagedCallersOnly]
    private static void StartNamespaceDecl(nint ud, byte* prefix, byte* uri)
    {
        var p = PyXmlParser.FromUserData(ud);
        if (p is null || !p.Begin(Handlers.StartNamespaceDecl)) return;
        try
        {
            var u = p.Intern(uri);
            p.Invoke(Handlers.StartNamespaceDecl, [p.Intern(prefix), u]);
        }
        catch (Exception e) { p.Fail(e); }
    }

    [UnmanagedCallersOnly]
    private static void EndNamespaceDecl(nint ud, byte* prefix)
    {
        var p = PyXmlParser.FromUserData(ud);
        if (p is null || !p.Begin(Handlers.EndNamespaceDecl)) return;
        try { p.Invoke(Handlers.EndNamespaceDecl, [p.Intern(prefix)]); }
        catch (Exception e) { p.Fail(e); }
    }

    [UnmanagedCallersOnly]
    private static void Comment(nint ud, byte* data)
    {
        var p = PyXmlParser.FromUserData(ud);
        if (p is null || !p.Begin(Handlers.Comment)) return;
        try { p.Invoke(Handlers.Comment, [Str(data)]); }
        catch (Exception e) { p.Fail(e); }
    }

    [UnmanagedCallersOnly]
    private static void StartCdataSection(nint ud) => NoArgs(ud, Handlers.StartCdataSection);

    [UnmanagedCallersOnly]
    private static void EndCdataSection(nint ud) => NoArgs(ud, Handlers.EndCdataSection);

    [UnmanagedCallersOnly]
    private static void EndDoctypeDecl(nint ud) => NoArgs(ud, Handlers.EndDoctypeDecl);

    private static void NoArgs(nint ud, int which)
    {
        var p = PyXmlParser.FromUserData(ud);
        if (p is null || !p.Begin(which)) return;
        try { p.Invoke(which, []); }
        catch (Exception e) { p.Fail(e); }
    }

    [UnmanagedCallersOnly]
    private static void Default(nint ud, byte* s, int len) => Text(ud, Handlers.Default, s, len);

    [UnmanagedCallersOnly]
    private static void DefaultExpand(nint ud, byte* s, int len) => Text(ud, Handlers.DefaultExpand, s, len);

    private static void Text(nint ud, int which, byte* s, int len)
    {
        var p = PyXmlParser.FromUserData(ud);
        if (p is null || !p.Begin(which)) return;
        try { p.Invoke(which, [PyXmlParser.Str(s, len)]); }
        catch (Exception e) { p.Fail(e); }
    }

    [UnmanagedCallersOnly]
    private static int NotStandalone(nint ud)
    {
        var p = PyXmlParser.FromUserData(ud);
        if (p is null || !p.Begin(Handlers.NotStandalone)) return 0;
        try { return p.IntResult(p.Invoke(Handlers.NotStandalone, [])); }
        catch (Exception e) { p.Fail(e); return 0; }
    }

    [UnmanagedCallersOnly]
    private static int ExternalEntityRef(nint parser, byte* context, byte* @base, byte* systemId, byte* publicId)
    {
        var p = PyXmlParser.FromUserData(LibExpat.GetUserData(parser));
        if (p is null || !p.Begin(Handlers.ExternalEntityRef)) return 0;
        try
        {
            var pub = p.Intern(publicId);
            var sys = p.Intern(systemId);
            var b = p.Intern(@base);
            return p.IntResult(p.Invoke(Handlers.ExternalEntityRef, [Str(context), b, sys, pub]));
        }
        catch (Exception e) { p.Fail(e); return 0; }
    }

    [UnmanagedCallersOnly]
    private static int RefuseExternalEntity(nint parser, byte* context, byte* @base, byte* systemId, byte* publicId) => 0;

    [UnmanagedCallersOnly]
    private static void StartDoctypeDecl(nint ud, byte* doctypeName, byte* sysid, byte* pubid, int hasInternalSubset)
    {
        var p = PyXmlParser.FromUserData(ud);
        if (p is null || !p.Begin(Handlers.StartDoctypeDecl)) return;
        try
        {
            var pub = p.Intern(pubid);
            var sys = p.Intern(sysid);
            p.Invoke(Handlers.StartDoctypeDecl, [p.Intern(doctypeName), sys, pub, PyInt.FromLong(hasInternalSubset)]);
        }
        catch (Exception e) { p.Fail(e); }
    }

    [UnmanagedCallersOnly]
    private static void EntityDecl(nint ud, byte* entityName, int isParameterEntity, byte* value, int valueLength,
        byte* @base, byte* systemId, byte* publicId, byte* notationName)
    {
        var p = PyXmlParser.FromUserData(ud);
        if (p is null || !p.Begin(Handlers.EntityDecl)) return;
        try
        {
            var n = p.Intern(notationName);
            var pub = p.Intern(publicId);
            var sys = p.Intern(systemId);
            var b = p.Intern(@base);
            var v = value == null ? PyNone.Instance : PyXmlParser.Str(value, valueLength);
            p.Invoke(Handlers.EntityDecl, [p.Intern(entityName), PyInt.FromLong(isParameterEntity), v, b, sys, pub, n]);
        }
        catch (Exception e) { p.Fail(e); }
    }

    [UnmanagedCallersOnly]
    private static void XmlDecl(nint ud, byte* version, byte* encoding, int standalone)
    {
        var p = PyXmlParser.FromUserData(ud);
        if (p is null || !p.Begin(Handlers.XmlDecl)) return;
        try { p.Invoke(Handlers.XmlDecl, [Str(version), Str(encoding), PyInt.FromLong(standalone)]); }
        catch (Exception e) { p.Fail(e); }
    }

    [UnmanagedCallersOnly]
    private static void ElementDecl(nint ud, byte* name, XmlContent* model)
    {
        var p = PyXmlParser.FromUserData(ud);
        try
        {
            if (p is null || !p.Begin(Handlers.ElementDecl)) return;
            try
            {
                var modelObj = ContentModel(model);
                p.Invoke(Handlers.ElementDecl, [p.Intern(name), modelObj]);
            }
            catch (Exception e) { p.Fail(e); }
        }
        finally
        {
            // expat hands the model over to the handler, which must free it.
            if (p is not null) LibExpat.XML_FreeContentModel(p.Itself, model);
        }
    }

    /// <summary>conv_content_model: (type, quant, name, children) with children a tuple of the same.</summary>
    private static PyObject ContentModel(XmlContent* model)
    {
        // Py_EnterRecursiveCall: a deeply nested model raises RecursionError instead of exhausting the stack.
        var ts = Taipan.Runtime.Interpreter.ThreadState.Current;
        ts.EnterRecursiveCall(" in conv_content_model");
        try
        {
            var children = new PyObject[model->NumChildren];
            for (int i = 0; i < children.Length; i++) children[i] = ContentModel(&model->Children[i]);
            return PyTuple.Of(PyInt.FromLong(model->Type), PyInt.FromLong(model->Quant), Str(model->Name), PyTuple.Wrap(children));
        }
        finally
        {
            ts.LeaveRecursiveCall();
        }
    }

    [UnmanagedCallersOnly]
    private static void AttlistDecl(nint ud, byte* elname, byte* attname, byte* attType, byte* dflt, int isRequired)
    {
        var p = PyXmlParser.FromUserData(ud);
        if (p is null || !p.Begin(Handlers.AttlistDecl)) return;
        try
        {
            var att = p.Intern(attname);
            p.Invoke(Handlers.AttlistDecl, [p.Intern(elname), att, Str(attType), Str(dflt), PyInt.FromLong(isRequired)]);
        }
        catch (Exception e) { p.Fail(e); }
    }

    [UnmanagedCallersOnly]
    private static void SkippedEntity(nint ud, byte* entityName, int isParameterEntity)
    {
        var p = PyXmlParser.FromUserData(ud);
        if (p is null || !p.Begin(Handlers.SkippedEntity)) return;
        try { p.Invoke(Handlers.SkippedEntity, [p.Intern(entityName), PyInt.FromLong(isParameterEntity)]); }
        catch (Exception e) { p.Fail(e); }
    }

    /// <summary>PyUnknownEncodingHandler: a single-byte codec known to Python becomes expat's byte map
    /// (U+FFFD from the 'replace' decoding marks a byte as invalid).</summary>
    [UnmanagedCallersOnly]
    private static int UnknownEncodingHandler(nint ud, byte* name, XmlEncoding* info)
    {
        var p = PyXmlParser.FromUserData(ud);
        if (p is null) return LibExpat.XML_STATUS_ERROR;
        try
        {
            var all = new byte[256];
            for (int i = 0; i < 256; i++) all[i] = (byte)i;
            var encoding = Marshal.PtrToStringUTF8((nint)name) ?? "";
            var u = Taipan.Runtime.Objects.Codecs.Decode(all, encoding, "replace");
            if (u.Length != 256) throw PyErrors.ValueError("multi-byte encodings are not supported");
            var cps = TextCodecs.CodePoints(u);
            for (int i = 0; i < 256; i++) info->Map[i] = cps[i] == 0xFFFD ? -1 : cps[i];
            info->Data = 0;
            info->Convert = 0;
            info->Release = 0;
            return 1;
        }
        catch (Exception e)
        {
            p.Fail(e, stop: false);
            return LibExpat.XML_STATUS_ERROR;
        }
    }
}
