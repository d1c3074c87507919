# csv: reader state machine, writer quoting, dialects, DictReader/DictWriter, errors.
import csv
import io

def rows(text, **kw):
    try:
        return list(csv.reader(io.StringIO(text, newline=""), **kw))
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

print(rows('a,b,c\r\n1,2,3\n"x, y","he said ""hi""",z\r\n'))
print(rows('"multi\nline",2\n\nlast'))
print(rows('a,"b'))
print(rows('a,"b', strict=True))
print(rows('"a"b,c'))
print(rows('"a"b,c', strict=True))
print(rows('a, b,  "c"', skipinitialspace=True))
print(rows('a;b;c', delimiter=";"))
print(rows("a|'b|c'|d", delimiter="|", quotechar="'"))
print(rows('a\\,b,c\\\nd', escapechar="\\"))
print(rows('"a\\"b",c', escapechar="\\", doublequote=False))
print(rows('"a""b",c', doublequote=False))
print(rows('1,2.5,"x"', quoting=csv.QUOTE_NONNUMERIC))
print(rows('1,abc', quoting=csv.QUOTE_NONNUMERIC))
print(rows('"a",b', quoting=csv.QUOTE_NONE))
print(rows("a,b\rc,d\r\ne"))
print(rows("\n\n"))
print(rows("a\0b,c"))
print(rows("é,ü,\U0001f600"))
r = csv.reader(["a,b", "c,d", "e"])
print(next(r), r.line_num, next(r), r.line_num, list(r), r.line_num)
print(rows("a\nb"))
try:
    list(csv.reader(["a,b\nc"]))
except csv.Error as e:
    print("Error:", e)
try:
    list(csv.reader([b"bytes"]))
except csv.Error as e:
    print("Error:", e)
old = csv.field_size_limit(5)
print(old, rows("abcde,f"), rows("abcdef"))
print(csv.field_size_limit(old))

def write(rowlist, **kw):
    s = io.StringIO()
    w = csv.writer(s, **kw)
    try:
        for row in rowlist:
            w.writerow(row)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)
    return s.getvalue()

print(repr(write([["a", "b,c", 'd"e', "f\ng", None, 1, 2.5, True, ""]])))
print(repr(write([[""], [], [None], ["", ""]])))
print(repr(write([["a", "b c", 1, 2.0, None]], quoting=csv.QUOTE_ALL)))
print(repr(write([["a", 1, 2.0, None, True]], quoting=csv.QUOTE_NONNUMERIC)))
print(repr(write([["a,b", "c"]], quoting=csv.QUOTE_NONE, escapechar="\\")))
print(repr(write([["a,b"]], quoting=csv.QUOTE_NONE)))
print(repr(write([[""]], quoting=csv.QUOTE_NONE)))
print(repr(write([['a"b']], doublequote=False, escapechar="\\")))
print(repr(write([['a"b']], doublequote=False)))
print(repr(write([["x\ny", "z"]], lineterminator="!")))
print(repr(write([["a", "b"]], delimiter="\t", lineterminator="\n")))
print(repr(write([1])))
s = io.StringIO()
w = csv.writer(s)
print(w.writerow(["abc", "d"]), w.writerows([[1, 2], (3, 4), "xy"]), repr(s.getvalue()))
print(w.dialect.delimiter, w.dialect.lineterminator == "\r\n")

# dialects
csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_ALL)
d = csv.get_dialect("pipes")
print(d.delimiter, d.quotechar, d.quoting, d.doublequote, d.escapechar, repr(d.lineterminator), d.skipinitialspace, d.strict)
print(sorted(csv.list_dialects()))
print(repr(write([["a", "b"]], dialect="pipes")))
print(rows("|a|;b", dialect="pipes", delimiter=";"))
csv.unregister_dialect("pipes")
for f in (lambda: csv.get_dialect("pipes"), lambda: csv.unregister_dialect("pipes"), lambda: csv.reader([], "nope")):
    try:
        f()
    except csv.Error as e:
        print("Error:", e)

class Semi(csv.excel):
    delimiter = ";"
print(repr(write([["a", "b;c"]], dialect=Semi)))
print(csv.excel_tab.delimiter == "\t", csv.unix_dialect.quoting == csv.QUOTE_ALL)
for kw in ({"delimiter": ""}, {"delimiter": None}, {"delimiter": 5}, {"quotechar": 5}, {"quoting": 7},
           {"quoting": "x"}, {"lineterminator": 3}, {"escapechar": "ab"}, {"quotechar": None, "quoting": csv.QUOTE_ALL}):
    try:
        csv.reader([], **kw)
        print("ok", kw)
    except TypeError as e:
        print("TypeError:", e)
class Bad(csv.Dialect):
    delimiter = "ab"
    quotechar = '"'
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL
try:
    Bad()
except csv.Error as e:
    print("Error:", e)
d = csv.reader([], quotechar=None).dialect
print(d.quoting, d.quotechar)
try:
    d.delimiter = ";"
except AttributeError as e:
    print("AttributeError:", e)

# DictReader / DictWriter / Sniffer
text = "name,age,city\r\nann,31,Oslo\r\nbob,,\r\ncarl,40,Rome,extra\r\n"
for row in csv.DictReader(io.StringIO(text)):
    print(row)
dr = csv.DictReader(io.StringIO("a,b\n1\n"), restval="?")
print(list(dr), dr.fieldnames, dr.line_num)
s = io.StringIO()
dw = csv.DictWriter(s, fieldnames=["x", "y"], restval="-")
dw.writeheader()
dw.writerow({"x": 1})
dw.writerows([{"x": "a,b", "y": 2}])
print(repr(s.getvalue()))
try:
    dw.writerow({"z": 1})
except ValueError as e:
    print("ValueError:", e)
sn = csv.Sniffer()
dia = sn.sniff("a;b;c\n1;2;3\n4;5;6\n")
print(dia.delimiter, sn.has_header("name;age\nann;31\nbob;42\n"))
