using System.Runtime.InteropServices;

namespace Taipan.Modules.Expat;

/// <summary>Owns an XML_Parser. An external entity parser uses its parent's state, so a parent is only
/// freed once its xmlparser is gone and so are all its children (.NET finalizes objects that die
/// together in no particular order).</summary>
internal sealed class ParserHandle
{
    private static readonly object Gate = new();
    private nint parser;
    private readonly ParserHandle? parent;
    private int children;
    private bool ownerGone;
    /// <summary>The GCHandle (weak) to the xmlparser, given to expat as user data.</summary>
    public nint UserData;

    public ParserHandle(nint parser, ParserHandle? parent)
    {
        this.parser = parser;
        this.parent = parent;
        if (parent is not null)
            lock (Gate) parent.children++;
    }

    public void OwnerGone()
    {
        lock (Gate)
        {
            if (UserData != 0)
            {
                GCHandle.FromIntPtr(UserData).Free();
                UserData = 0;
            }
            ownerGone = true;
            FreeIfUnused();
        }
    }

    private void FreeIfUnused()
    {
        if (!ownerGone || children > 0 || parser == 0) return;
        LibExpat.XML_ParserFree(parser);
        parser = 0;
        if (parent is null) return;
        parent.children--;
        parent.FreeIfUnused();
    }
}
