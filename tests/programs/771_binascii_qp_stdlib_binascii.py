# binascii quoted-printable (a2b_qp/b2a_qp), a2b_uu and strict base64 as CPython 3.11 does them.
import binascii
import quopri


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


samples = [
    b"",
    b"hello world",
    b"trailing space \nand tab\t\nend",
    b"crlf line \r\nsecond\r\n",
    b"mixed\nlines\r\n",
    b".\n.leading dot\n..\n.",
    b"a" * 75 + b"\n" + b"b" * 76 + b"\n" + b"c" * 77 + b"\n" + b"d" * 200,
    b"=" * 30 + b"\xff" * 30,
    b"under_score and space",
    b"\x00\x01\x7f\x80 \t",
    b"end with space ",
    b"end with tab\t",
    bytes(range(256)),
    b"x" * 73 + b"=\n",
    b"\r\n" * 3,
    b"a\rb\nc",
]
for data in samples:
    for quotetabs in (False, True):
        for istext in (True, False):
            for header in (False, True):
                enc = binascii.b2a_qp(data, quotetabs=quotetabs, istext=istext, header=header)
                dec = binascii.a2b_qp(enc, header=header)
                print(quotetabs, istext, header, enc, dec == data or dec)

decode = [
    b"=41=42=43", b"=4a=4b=4c", b"=\nsoft", b"soft=\r\nbreak", b"bad=\rend", b"==double", b"lone=",
    b"=", b"=Z1", b"=4", b"a_b", b"=\n=\n", b"no newline=   ", "str=20ok",
]
for data in decode:
    print(data, binascii.a2b_qp(data), binascii.a2b_qp(data, header=True), binascii.a2b_qp(data=data, header=1))

attempt("a2b_qp non-ascii", lambda: binascii.a2b_qp("\u00e9"))
attempt("b2a_qp str", lambda: binascii.b2a_qp("abc"))
attempt("b2a_qp kw", lambda: binascii.b2a_qp(data=b"a b\t", quotetabs=True))
attempt("b2a_qp bytearray", lambda: binascii.b2a_qp(bytearray(b"x=y")))
attempt("b2a_qp memoryview", lambda: binascii.b2a_qp(memoryview(b"tab\t\n")))

print(quopri.encodestring(b"caf\xc3\xa9 = ok \n" + b"z" * 90))
print(quopri.decodestring(b"caf=C3=A9 =3D ok=20\nsoft=\nbreak"))
print(quopri.encodestring(b"a b_c", header=True), quopri.decodestring(b"a_b=5Fc", header=True))

for data in [b"", b"\x7f", b"\x80", b"\xff", b"\xff\x00", b"!!!!", b"!>   \n", b"$ $-A=   \n", b"$`$-A=```\n",
             b"#\nab", b"!", b"!0  `\r\n", b"!0 x", b"\"abc"]:
    attempt("a2b_uu %r" % data, lambda: binascii.a2b_uu(data))
attempt("b2a_uu positional flag", lambda: binascii.b2a_uu(b"", True))
attempt("b2a_uu backtick", lambda: binascii.b2a_uu(b"\x00Cat", backtick=True))
attempt("b2a_uu too long", lambda: binascii.b2a_uu(46 * b"!"))

for data in [b"ab==a", b"ab===", b"abc=:", b"\nab==", b"a\x00b==", b"=", b"==", b"ab=c=", b"ab=ab==", b"YWJj",
             b"ab", b"abc", b"a" * 13, b"A\tB\nC ??DE"]:
    attempt("base64 %r" % data, lambda: binascii.a2b_base64(data))
    attempt("  strict", lambda: binascii.a2b_base64(data, strict_mode=True))
attempt("b2a_base64 newline", lambda: binascii.b2a_base64(b"hi", newline=False))
attempt("b2a_base64 positional", lambda: binascii.b2a_base64(b"hi", False))
attempt("a2b_base64 bad kw", lambda: binascii.a2b_base64(b"hi", strict=True))
