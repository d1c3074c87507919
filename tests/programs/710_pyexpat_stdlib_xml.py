# pyexpat: handlers and their arguments, buffering, namespaces, errors, module constants.
import io
import pyexpat
from xml.parsers import expat
from xml.parsers.expat import errors, model

print(expat.ParserCreate is pyexpat.ParserCreate, expat.error is expat.ExpatError)
print(expat.ExpatError.__module__, expat.ExpatError.__mro__[1].__name__)
print(pyexpat.native_encoding, type(pyexpat.version_info), len(pyexpat.version_info))
print(pyexpat.EXPAT_VERSION.startswith('expat_'))
print(pyexpat.XML_PARAM_ENTITY_PARSING_NEVER, pyexpat.XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE,
      pyexpat.XML_PARAM_ENTITY_PARSING_ALWAYS)
print(errors.XML_ERROR_SYNTAX, errors.codes[errors.XML_ERROR_TAG_MISMATCH], errors.messages[4])
print(model.XML_CTYPE_SEQ, model.XML_CQUANT_PLUS)
print(pyexpat.ErrorString(3), pyexpat.ErrorString(0), pyexpat.ErrorString(1000))
import sys
print(sys.modules['pyexpat.errors'] is errors, 'xml.parsers.expat.model' in sys.modules)

events = []

def recorder(name):
    def handler(*args):
        events.append((name,) + args)
    return handler

HANDLERS = ['StartElementHandler', 'EndElementHandler', 'ProcessingInstructionHandler',
            'CharacterDataHandler', 'UnparsedEntityDeclHandler', 'NotationDeclHandler',
            'StartNamespaceDeclHandler', 'EndNamespaceDeclHandler', 'CommentHandler',
            'StartCdataSectionHandler', 'EndCdataSectionHandler', 'StartDoctypeDeclHandler',
            'EndDoctypeDeclHandler', 'EntityDeclHandler', 'XmlDeclHandler', 'ElementDeclHandler',
            'AttlistDeclHandler', 'SkippedEntityHandler']

DOC = b'''<?xml version="1.0" encoding="utf-8" standalone="no"?>
<!DOCTYPE root [
  <!ELEMENT root (item+, other?)>
  <!ELEMENT item (#PCDATA|b)*>
  <!ELEMENT other EMPTY>
  <!ATTLIST item id ID #REQUIRED kind (a|b) "a">
  <!NOTATION gif SYSTEM "image/gif">
  <!ENTITY logo SYSTEM "logo.gif" NDATA gif>
  <!ENTITY greeting "hello">
]>
<root xmlns:x="urn:x">
  <?target some data?>
  <!-- a comment -->
  <item id="i1">&greeting; &amp; caf\xc3\xa9<![CDATA[<raw>]]></item>
  <x:item id="i2" x:attr="v"/>
</root>
'''

p = expat.ParserCreate()
for h in HANDLERS:
    setattr(p, h, recorder(h[:-7]))
print(p.Parse(DOC, True))
for e in events:
    print(e)
print(sorted(k for k in p.intern if k is not None))

print('-- ordered / specified attributes')
for ordered in (False, True):
    for specified in (False, True):
        p = expat.ParserCreate()
        p.ordered_attributes = ordered
        p.specified_attributes = specified
        got = []
        p.StartElementHandler = lambda name, attrs: got.append((name, attrs))
        p.Parse('<!DOCTYPE e [<!ATTLIST e d CDATA "dflt">]><e z="1" a="2"/>', True)
        print(ordered, specified, got, p.ordered_attributes, p.specified_attributes)

print('-- namespaces')
p = expat.ParserCreate(namespace_separator='!')
events = []
for h in ('StartElementHandler', 'EndElementHandler', 'StartNamespaceDeclHandler', 'EndNamespaceDeclHandler'):
    setattr(p, h, recorder(h[:-7]))
p.Parse('<r xmlns="urn:default" xmlns:p="urn:p"><p:c p:a="1" b="2"/><d/></r>', True)
for e in events:
    print(e)
p = expat.ParserCreate(namespace_separator=' ')
p.namespace_prefixes = True
events = []
p.StartElementHandler = recorder('Start')
p.Parse('<p:r xmlns:p="urn:p" p:a="1"/>', True)
print(events, p.namespace_prefixes)
try:
    expat.ParserCreate(namespace_separator='ab')
except ValueError as e:
    print('ValueError', e)
try:
    expat.ParserCreate(namespace_separator=1)
except TypeError as e:
    print('TypeError', e)
try:
    expat.ParserCreate(intern=[])
except TypeError as e:
    print('TypeError', e)
print(expat.ParserCreate(intern=None).intern)
shared = {}
p = expat.ParserCreate(intern=shared)
p.StartElementHandler = lambda n, a: None
p.Parse('<a b="c"><a/></a>', True)
print(shared, p.intern is shared)

print('-- buffer_text')
p = expat.ParserCreate()
print(p.buffer_text, p.buffer_size, p.buffer_used)
chunks = []
p.CharacterDataHandler = chunks.append
p.buffer_text = True
p.Parse('<a>one\ntwo &lt; three', False)
print(chunks, p.buffer_used)
p.Parse(' four</a>', True)
print(chunks)
p = expat.ParserCreate()
p.buffer_text = True
p.buffer_size = 4
chunks = []
p.CharacterDataHandler = chunks.append
p.Parse('<a>ab&amp;cdefghij<b/>k</a>', True)
print(chunks, p.buffer_size)
for bad in (0, -1, 'x'):
    try:
        p.buffer_size = bad
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
p = expat.ParserCreate()
chunks = []
p.CharacterDataHandler = chunks.append
p.Parse('<a>x&amp;y\nz</a>', True)
print(chunks)

print('-- errors')
for doc in ['<a><b></a>', '<a>', '<a></a><b/>', '<a x="1" x="2"/>', '<a>&undefined;</a>', '', '<a>\n  <b attr=noquote/></a>',
            '<?xml version="1.0" encoding="bogus-enc"?><a/>']:
    p = expat.ParserCreate()
    try:
        p.Parse(doc, True)
        print('ok?', doc)
    except expat.ExpatError as e:
        print(repr(doc), '->', e, e.code, e.lineno, e.offset, errors.messages[e.code] == str(e).split(':')[0])
        print('  ', p.ErrorCode, p.ErrorLineNumber, p.ErrorColumnNumber, p.ErrorByteIndex)
p = expat.ParserCreate()
p.Parse('<a/>', True)
try:
    p.Parse('<b/>', True)
except expat.ExpatError as e:
    print('again:', e)

print('-- handler exceptions')
p = expat.ParserCreate()
seen = []
def start(name, attrs):
    seen.append(name)
    if name == 'b':
        raise KeyError(name)
p.StartElementHandler = start
p.EndElementHandler = lambda n: seen.append('/' + n)
try:
    p.Parse('<a><b><c/></b></a>', True)
except KeyError as e:
    print('KeyError', e, seen)
print(p.StartElementHandler, p.EndElementHandler)
p = expat.ParserCreate()
p.CharacterDataHandler = lambda d: 1 / 0
try:
    p.Parse('<a>text</a>', True)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)

print('-- incremental, positions, ParseFile, GetInputContext')
p = expat.ParserCreate()
positions = []
def where(name, attrs):
    positions.append((name, p.CurrentLineNumber, p.CurrentColumnNumber, p.CurrentByteIndex, p.GetInputContext()))
p.StartElementHandler = where
for piece in ['<ro', 'ot>\n  <c', 'hild/>', '\n</root>']:
    print(p.Parse(piece))
print(p.Parse('', True), positions, p.GetInputContext())
p = expat.ParserCreate()
p.StartElementHandler = recorder('S')
events = []
print(p.ParseFile(io.BytesIO(b'<a>' + b'<b/>' * 1000 + b'</a>')), len(events), events[:2])
class Reader:
    def read(self, n):
        return 'not bytes'
try:
    expat.ParserCreate().ParseFile(Reader())
except TypeError as e:
    print('TypeError', e)
try:
    expat.ParserCreate().ParseFile(42)
except TypeError as e:
    print('TypeError', e)

print('-- base, encodings, misc')
p = expat.ParserCreate()
print(p.GetBase())
p.SetBase('http://example.com/')
print(p.GetBase())
p = expat.ParserCreate('iso-8859-1')
texts = []
p.CharacterDataHandler = texts.append
p.Parse(b'<a>\xe9\xe8</a>', True)
print(texts)
p = expat.ParserCreate()
texts = []
p.CharacterDataHandler = texts.append
p.Parse(b'<?xml version="1.0" encoding="iso-8859-15"?><a>\xa4</a>', True)
print(texts)
p = expat.ParserCreate()
p.DefaultHandler = recorder('Default')
events = []
p.Parse('<!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>', True)
print(events)
p = expat.ParserCreate()
p.DefaultHandlerExpand = recorder('Expand')
events = []
p.Parse('<!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>', True)
print(events)
p = expat.ParserCreate()
p.SkippedEntityHandler = recorder('Skipped')
p.NotStandaloneHandler = lambda: 1
events = []
p.Parse('<!DOCTYPE a SYSTEM "a.dtd"><a>&ent;</a>', True)
print(events)
print(p.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_ALWAYS))
try:
    p.UseForeignDTD(True)
except expat.ExpatError as e:
    print('UseForeignDTD:', e.code == errors.codes[errors.XML_ERROR_CANT_CHANGE_FEATURE_ONCE_PARSING])

print('-- external entities')
p = expat.ParserCreate()
p.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_ALWAYS)
out = []
p.StartElementHandler = lambda n, a: out.append(n)
def external(context, base, system_id, public_id):
    out.append(('ext', context, base, system_id, public_id))
    sub = p.ExternalEntityParserCreate(context)
    sub.StartElementHandler = lambda n, a: out.append('sub:' + n)
    sub.Parse(b'<inner/>', True)
    return 1
p.ExternalEntityRefHandler = external
p.SetBase('base/')
p.Parse(b'<!DOCTYPE r [<!ENTITY ext SYSTEM "ext.xml">]><r>&ext;</r>', True)
print(out)
p = expat.ParserCreate()
p.ExternalEntityRefHandler = lambda *a: 0
try:
    p.Parse(b'<!DOCTYPE r [<!ENTITY ext SYSTEM "ext.xml">]><r>&ext;</r>', True)
except expat.ExpatError as e:
    print(e)

print('-- attribute errors')
p = expat.ParserCreate()
for name in ('StartElementHandler', 'buffer_text'):
    try:
        delattr(p, name)
    except RuntimeError as e:
        print('RuntimeError', e)
try:
    p.intern = {}
except AttributeError as e:
    print('AttributeError', e)
try:
    expat.XMLParserType()
except TypeError as e:
    print('TypeError', e)
print(type(p).__name__, type(p).__module__)
try:
    p.Parse(42)
except TypeError as e:
    print('TypeError', e)
print(all(hasattr(p, h) and getattr(p, h) is None for h in HANDLERS + ['DefaultHandler', 'DefaultHandlerExpand',
      'NotStandaloneHandler', 'ExternalEntityRefHandler']))

print('-- encodings Python knows, expat does not')
for enc in (b'bogus-enc', b'utf-7', b'cp1252', b'koi8-r'):
    p = expat.ParserCreate()
    p.CharacterDataHandler = print
    try:
        print(p.Parse(b'<?xml version="1.0" encoding="' + enc + b'"?><a>\x80\xc1</a>', True))
    except Exception as e:
        print(type(e).__name__, e)

print('-- traceback of a handler exception')
import traceback
p = expat.ParserCreate()
def fail(name, attrs):
    raise RuntimeError(name)
p.StartElementHandler = fail
try:
    p.Parse(b'<a><b/></a>', True)
except RuntimeError as e:
    for entry in traceback.extract_tb(e.__traceback__):
        print(entry.filename.rsplit('/', 1)[-1], entry.name)
N = 100_000
p = expat.ParserCreate()
p.ElementDeclHandler = lambda name, model: None
try:
    p.Parse(b'<!DOCTYPE r [<!ELEMENT r ' + b'(a, ' * N + b'a' + b')' * N + b'>]><r/>')
except RecursionError as e:
    print('RecursionError', e)
from xml.parsers import expat
p = expat.ParserCreate()
for call in ("p.Parse('a', 1, 2)", "p.ParseFile(1, 2)", "p.ExternalEntityParserCreate()", "p.ExternalEntityParserCreate(1,2,3)",
             "p.UseForeignDTD(1, 2)", "p.SetBase()", "p.GetBase(1)", "p.GetInputContext(1)", "p.SetParamEntityParsing()",
             "p.Parse(data='x')", "p.UseForeignDTD(flag=1)", "p.ExternalEntityParserCreate('a', 1)", "expat.ErrorString()"):
    try:
        eval(call)
    except TypeError as e:
        print(call, '->', e)

print('-- parameter entities, foreign DTD')

p = expat.ParserCreate()
p.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_ALWAYS)
log = []
def ext(context, base, sysid, pubid):
    log.append(('ext', context, sysid))
    sub = p.ExternalEntityParserCreate(context)
    if sysid == 'dtd.ent':
        data = b'<!ELEMENT r (#PCDATA)><!ENTITY greet "hi from dtd">'
    else:
        data = b'text from ' + sysid.encode()
    sub.Parse(data, True)
    return 1
p.ExternalEntityRefHandler = ext
p.EntityDeclHandler = lambda *a: log.append(('entity',) + a)
p.ElementDeclHandler = lambda *a: log.append(('element',) + a)
p.CharacterDataHandler = lambda d: log.append(('cd', d))
p.Parse(b'<!DOCTYPE r SYSTEM "dtd.ent" [<!ENTITY e SYSTEM "e.txt">]><r>&greet; &e;</r>', True)
for entry in log:
    print(entry)
p = expat.ParserCreate()
p.UseForeignDTD()
p.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE)
seen = []
def ext2(*args):
    seen.append(args)
    return 1
p.ExternalEntityRefHandler = ext2
p.Parse(b'<r/>', True)
print(seen)
