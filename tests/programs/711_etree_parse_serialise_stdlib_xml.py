# xml.etree.ElementTree over pyexpat: parsing (strings, files, iterparse, pull parser, TreeBuilder
# targets), serialisation (xml/html/text, namespaces, short empty elements, C14N) and parse errors.
import io
import xml.etree.ElementTree as ET

DOC = '''<?xml version="1.0"?>
<!-- leading comment -->
<catalog xmlns="urn:books" xmlns:p="urn:price">
  <book id="b1" lang="en">
    <title>Dive &amp; Swim</title>
    <p:price currency="EUR">12.50</p:price>
    <note><![CDATA[<not markup>]]> and text</note>
  </book>
  <book id="b2"><title>Caf\u00e9 \u65e5\u672c</title><empty/></book>
</catalog>
'''

root = ET.fromstring(DOC)
print(root.tag, root.attrib, len(root))
for book in root:
    print(book.tag, sorted(book.attrib.items()), [child.tag for child in book])
ns = {'b': 'urn:books', 'p': 'urn:price'}
print([t.text for t in root.iterfind('.//b:title', ns)])
price = root.find('.//p:price', ns)
print(price.text, price.get('currency'), price.tail == '\n    ')
print(repr(root.find('.//b:note', ns).text))
print(root.findtext('b:book/b:title', namespaces=ns), root.find('b:book[@id="b2"]', ns).get('id'))
print(ET.tostring(root, encoding='unicode'))
print(ET.tostring(root, encoding='unicode', method='text').split())
ET.register_namespace('bk', 'urn:books')
print(ET.tostring(root.find('b:book', ns), encoding='unicode'))
print(ET.tostring(root[1], encoding='unicode', short_empty_elements=False))
print(ET.tostring(ET.fromstring('<a><br/><p>x</p></a>'), encoding='unicode', method='html'))

print('-- bytes, encodings, declarations')
for enc in ('utf-8', 'iso-8859-1', 'us-ascii', 'utf-16'):
    data = ET.tostring(ET.fromstring('<r a="\u00e9">\u00fc&lt;</r>'), encoding=enc)
    print(enc, data if enc != 'utf-16' else len(data), ET.fromstring(data).text)
print(ET.tostring(ET.Element('x'), xml_declaration=True))
print(ET.fromstring(b'<?xml version="1.0" encoding="windows-1252"?><a>\x80</a>').text)

print('-- parse from file, write back')
tree = ET.parse(io.StringIO(DOC))
out = io.BytesIO()
tree.write(out, encoding='utf-8', xml_declaration=True)
print(out.getvalue().decode('utf-8'))
tree = ET.ElementTree(ET.fromstring('<a><b>1</b><b>2</b></a>'))
buf = io.StringIO()
tree.write(buf, encoding='unicode')
print(buf.getvalue())

print('-- building and indenting')
top = ET.Element('top', {'v': '1'})
child = ET.SubElement(top, 'child', name='c&"<')
child.text = 'text with <angle> & "quotes"'
ET.SubElement(top, 'other').tail = 'tail'
top.append(ET.Comment(' comm '))
top.append(ET.ProcessingInstruction('pi', 'data'))
ET.indent(top)
s = ET.tostring(top, encoding='unicode')
print(s)
again = ET.fromstring(s)
print(again.find('child').get('name'), again.find('child').text)

print('-- iterparse and pull parser')
events = ('start', 'end', 'start-ns', 'end-ns', 'comment', 'pi')
parser = ET.XMLParser(target=ET.TreeBuilder(insert_comments=True, insert_pis=True))
for event, item in ET.iterparse(io.BytesIO(DOC.encode()), events, parser=parser):
    if event in ('start', 'end'):
        print(event, item.tag)
    elif event == 'start-ns':
        print(event, item)
    elif event == 'end-ns':
        print(event, item)
    else:
        print(event, item.text)
pull = ET.XMLPullParser(['start', 'end'])
for piece in ['<r><a x="1">t', 'ext</a><b/', '></r>']:
    pull.feed(piece)
    print([(e, el.tag, el.text) for e, el in pull.read_events()])
pull.close()

print('-- custom target')
class Target:
    def __init__(self):
        self.log = []
    def start(self, tag, attrib):
        self.log.append(('start', tag, attrib))
    def end(self, tag):
        self.log.append(('end', tag))
    def data(self, data):
        self.log.append(('data', data))
    def comment(self, text):
        self.log.append(('comment', text))
    def pi(self, target, data):
        self.log.append(('pi', target, data))
    def doctype(self, name, pubid, system):
        self.log.append(('doctype', name, pubid, system))
    def close(self):
        return self.log
p = ET.XMLParser(target=Target())
p.feed('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">')
p.feed('<html><!--c--><?pi x?><body a="1">hi</body></html>')
for entry in p.close():
    print(entry)

print('-- entities and errors')
p = ET.XMLParser()
p.entity['nbsp'] = '\u00a0'
p.feed('<!DOCTYPE a SYSTEM "a.dtd"><a>x&nbsp;y</a>')
print(repr(p.close().text))
for bad in ['<a><b></a>', '<a>', '<a>&bogus;</a>', '<a b="1" b="2"/>', '<a>\n\n  <b c=d/></a>', 'text', '<a></a>junk']:
    try:
        ET.fromstring(bad)
        print('parsed?', bad)
    except ET.ParseError as e:
        print(repr(bad), '->', e, e.code, e.position)

print('-- canonicalize')
print(ET.canonicalize('<a  z="1" a="2"><b/><!-- c --></a>'))
print(ET.canonicalize('<a xmlns:x="urn:x"><x:b x:c="1">t</x:b></a>', with_comments=True, strip_text=True))

print('-- QName tags and attributes (a __hash__ returning a str hash)')
elem = ET.Element(ET.QName('uri', 'tag'))
ET.SubElement(elem, ET.QName('uri', 'tag1'))
ET.SubElement(elem, ET.QName('{uri}tag2'))
elem.set(ET.QName('uri', 'key'), ET.QName('uri', 'value'))
print(ET.tostring(elem, encoding='unicode'))
print(hash(ET.QName('x')) == hash('x'), ET.QName('x') == 'x', {'x': 1}[ET.QName('x')])
