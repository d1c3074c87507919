
namespace Taipan.Runtime.Objects;

/// <summary>Makes a Python bytes object without naming the bytes type (it lives with the text types):
/// the code-object constant conversion already maps a compiler byte[] constant to bytes.</summary>
internal static class BytesObjects
{
    public static PyObject Create(byte[] bytes) => PyCode.FromConstant(bytes);
}
