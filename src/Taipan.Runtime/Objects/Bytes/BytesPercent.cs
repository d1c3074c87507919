namespace Taipan.Runtime.Objects;

/// <summary>bytes % args and bytearray % args (PEP 461): the one printf engine of str %
/// (<see cref="PercentFormat.FormatBytes"/>), with bytes' own conversions for %b/%s/%c/%r/%a.</summary>
internal static class BytesPercent
{
    public static PyObject RemainderSlot(PyObject a, PyObject b)
    {
        if (a is PyBytes x) return PyBytes.From(PercentFormat.FormatBytes(x.Value, b, PyBytes.From));
        if (a is PyByteArray y) return new PyByteArray(PercentFormat.FormatBytes(y.Span, b, PyBytes.From));
        return PyNotImplemented.Instance;
    }
}
