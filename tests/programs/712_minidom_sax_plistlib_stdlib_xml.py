# Round trips through the stdlib's pyexpat users: xml.dom.minidom, xml.dom.pulldom, xml.sax, plistlib, xmlrpc.
import datetime
import io
import plistlib
import xml.sax
import xml.sax.handler
import xml.sax.saxutils
from xml.dom import minidom, pulldom

print('-- minidom')
DOC = '''<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE doc [<!ENTITY e "entity text">]>
<doc xmlns:x="urn:x" a="1">
  <x:item x:k="v">&e; &amp; more</x:item>
  <!-- comment -->
  <?proc instr?>
  <empty/>
  <![CDATA[cdata <here>]]>
</doc>'''
dom = minidom.parseString(DOC)
root = dom.documentElement
print(root.tagName, root.getAttribute('a'), [n.nodeType for n in root.childNodes])
item = root.getElementsByTagNameNS('urn:x', 'item')[0]
print(item.tagName, item.namespaceURI, item.localName, item.prefix, item.getAttributeNS('urn:x', 'k'))
print(repr(item.firstChild.data), dom.doctype.name, [dom.doctype.entities.item(i).nodeName for i in range(dom.doctype.entities.length)])
print(dom.toxml())
print(root.toprettyxml(indent='  '))
new = dom.createElement('added')
new.setAttribute('q', 'a "quoted" <value>')
new.appendChild(dom.createTextNode('x < y & z'))
root.appendChild(new)
again = minidom.parseString(dom.toxml())
print(again.getElementsByTagName('added')[0].toxml())
print(minidom.parse(io.BytesIO(b'<r><s>t</s></r>')).documentElement.firstChild.firstChild.data)
try:
    minidom.parseString('<a><b></a>')
except Exception as e:
    print(type(e).__name__, e)

print('-- pulldom')
events = pulldom.parseString('<r><a x="1">t</a><b/></r>')
for event, node in events:
    if event == pulldom.START_ELEMENT and node.tagName == 'a':
        events.expandNode(node)
        print('expanded', node.toxml())
    elif event in (pulldom.START_ELEMENT, pulldom.END_ELEMENT):
        print(event, node.tagName)

print('-- sax')
class Handler(xml.sax.handler.ContentHandler):
    def startDocument(self):
        print('startDocument')
    def startPrefixMapping(self, prefix, uri):
        print('prefix', prefix, uri)
    def startElementNS(self, name, qname, attrs):
        print('startNS', name, qname, list(attrs.items()), list(attrs.getQNames()))
    def endElementNS(self, name, qname):
        print('endNS', name, qname)
    def startElement(self, name, attrs):
        print('start', name, sorted(attrs.items()))
    def endElement(self, name):
        print('end', name)
    def characters(self, content):
        print('chars', repr(content))
    def processingInstruction(self, target, data):
        print('pi', target, data)
    def endDocument(self):
        print('endDocument')

xml.sax.parseString(b'<r a="1">x<c>y</c><?p d?></r>', Handler())
parser = xml.sax.make_parser()
parser.setFeature(xml.sax.handler.feature_namespaces, True)
parser.setContentHandler(Handler())
parser.parse(io.BytesIO(b'<r xmlns="urn:d" xmlns:n="urn:n"><n:c n:a="1" b="2"/></r>'))
class Errors(xml.sax.handler.ErrorHandler):
    def fatalError(self, exc):
        print('fatal', exc.getMessage(), exc.getLineNumber(), exc.getColumnNumber())
        raise exc
try:
    xml.sax.parseString(b'<r>\n<a></b></r>', xml.sax.handler.ContentHandler(), Errors())
except xml.sax.SAXParseException as e:
    print('SAXParseException', e)
out = io.StringIO()
gen = xml.sax.saxutils.XMLGenerator(out, encoding='utf-8')
xml.sax.parseString('<a b="&lt;&amp;">t&gt;<c/></a>'.encode(), gen)
print(out.getvalue())
print(xml.sax.saxutils.escape('<&>'), xml.sax.saxutils.quoteattr('a"b\'c'))

print('-- plistlib')
value = {
    'string': 'caf\u00e9 & <tags>',
    'int': 42,
    'neg': -7,
    'big': 2 ** 40,
    'float': 1.5,
    'bool': [True, False],
    'data': b'\x00\x01binary\xff',
    'date': datetime.datetime(2024, 1, 2, 3, 4, 5),
    'nested': {'list': [1, 'two', {'three': 3.0}], 'empty': {}},
}
xml_bytes = plistlib.dumps(value, sort_keys=True)
print(xml_bytes.decode('utf-8'))
print(plistlib.loads(xml_bytes) == value)
print(plistlib.loads(plistlib.dumps(value, fmt=plistlib.FMT_BINARY)) == value)
print(plistlib.loads(xml_bytes, dict_type=list.__class__ and dict)['nested'])
try:
    plistlib.loads(b'<?xml version="1.0"?><plist><dict><key>a</key></plist>')
except Exception as e:
    print(type(e).__name__, e)

print('-- xmlrpc')
import xmlrpc.client
payload = xmlrpc.client.dumps(({'a': [1, 2.5, 'x', True]}, b'bin'.decode(), None), 'method.name', allow_none=True)
print(payload)
print(xmlrpc.client.loads(payload))
resp = xmlrpc.client.dumps(xmlrpc.client.Fault(4, 'Too many'), methodresponse=True)
try:
    xmlrpc.client.loads(resp)
except xmlrpc.client.Fault as f:
    print('Fault', f.faultCode, f.faultString)
print(xmlrpc.client.loads(xmlrpc.client.dumps((xmlrpc.client.Binary(b'\x00\x01'),)), use_builtin_types=True))
