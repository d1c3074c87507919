namespace Taipan.Modules.Pickle;

/// <summary>The pickle opcodes (pickletools documents each one).</summary>
internal static class Op
{
    public const byte Mark = (byte)'(', Stop = (byte)'.', Pop = (byte)'0', PopMark = (byte)'1', Dup = (byte)'2';
    public const byte Float = (byte)'F', Int = (byte)'I', BinInt = (byte)'J', BinInt1 = (byte)'K', Long = (byte)'L';
    public const byte BinInt2 = (byte)'M', None = (byte)'N', PersId = (byte)'P', BinPersId = (byte)'Q', Reduce = (byte)'R';
    public const byte String = (byte)'S', BinString = (byte)'T', ShortBinString = (byte)'U', Unicode = (byte)'V';
    public const byte BinUnicode = (byte)'X', Append = (byte)'a', Build = (byte)'b', Global = (byte)'c', Dict = (byte)'d';
    public const byte EmptyDict = (byte)'}', Appends = (byte)'e', Get = (byte)'g', BinGet = (byte)'h', Inst = (byte)'i';
    public const byte LongBinGet = (byte)'j', List = (byte)'l', EmptyList = (byte)']', Obj = (byte)'o', Put = (byte)'p';
    public const byte BinPut = (byte)'q', LongBinPut = (byte)'r', SetItem = (byte)'s', Tuple = (byte)'t';
    public const byte EmptyTuple = (byte)')', SetItems = (byte)'u', BinFloat = (byte)'G';
    public const byte Proto = 0x80, NewObj = 0x81, Ext1 = 0x82, Ext2 = 0x83, Ext4 = 0x84, Tuple1 = 0x85, Tuple2 = 0x86;
    public const byte Tuple3 = 0x87, NewTrue = 0x88, NewFalse = 0x89, Long1 = 0x8a, Long4 = 0x8b;
    public const byte BinBytes = (byte)'B', ShortBinBytes = (byte)'C';
    public const byte ShortBinUnicode = 0x8c, BinUnicode8 = 0x8d, BinBytes8 = 0x8e, EmptySet = 0x8f, AddItems = 0x90;
    public const byte FrozenSet = 0x91, NewObjEx = 0x92, StackGlobal = 0x93, Memoize = 0x94, Frame = 0x95;
    public const byte ByteArray8 = 0x96, NextBuffer = 0x97, ReadonlyBuffer = 0x98;

    public const int HighestProtocol = 5, DefaultProtocol = 4;
    public const int BatchSize = 1000;
    public const int FrameSizeMin = 4, FrameSizeTarget = 64 * 1024, FrameHeaderSize = 9;
}
