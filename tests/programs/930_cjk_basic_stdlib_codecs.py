# CJK codecs: encode/decode samples and round trips for every supported codec.
import codecs

SAMPLES = {
    'shift_jis': 'こんにちは、世界！ｶﾀｶﾅ 漢字 ABC 123',
    'cp932': 'ＮＥＣ①②③ ㈱ 髙﨑 ～ ￢ ∵',
    'euc_jp': '日本語 ｶﾅ (JIS X 0212: \u4e02\u4e04)',
    'iso2022_jp': 'メール本文 ABC ¥‾ テスト',
    'gb2312': '中华人民共和国 简体字',
    'gbk': '中國 繁體 兀 \u2014',
    'gb18030': '中文 \u20ac \U0001f600 \u00e9 \u0e01 \U00020000',
    'hz': '汉字 ~ ASCII 混合',
    'big5': '中華民國 繁體中文',
    'cp950': '臺灣 € ﹏',
    'euc_kr': '한국어 텍스트 똠방각하 갂',
    'cp949': '한국어 똠방각하 갂 뷁',
    'johab': '한글 조합형 똠',
    'iso2022_kr': '안녕하세요 world',
}

for name, text in SAMPLES.items():
    data = text.encode(name)
    back = data.decode(name)
    print(name, data, back == text)
    info = codecs.lookup(name)
    print('  ', info.name, info.encode(text)[1], info.decode(data)[1])

# aliases go through encodings.aliases
for alias in ['sjis', 'ms932', 'eucjp', 'csiso2022jp', 'chinese', 'gb2312-1980', '936', 'big5-tw', 'ms950',
              'euckr', 'uhc', 'ks_c-5601', 'hzgb', 'iso-2022-kr', 'GB18030-2000', 'Shift-JIS', 'EUC_JP']:
    print(alias, codecs.lookup(alias).name)

# whole-table round trips (every decodable double-byte sequence decodes and re-encodes to itself, or not)
for name in ['shift_jis', 'cp932', 'euc_jp', 'gb2312', 'gbk', 'big5', 'cp950', 'euc_kr', 'cp949', 'johab']:
    ok = bad = nonrt = 0
    for lead in range(0x81, 0xFF, 5):
        for trail in range(0x40, 0xFF):
            b = bytes([lead, trail])
            try:
                s = b.decode(name)
            except UnicodeDecodeError:
                bad += 1
                continue
            if len(s) == 1 and s.encode(name) == b:
                ok += 1
            else:
                nonrt += 1
    print(name, ok, bad, nonrt)

# str/bytes type checks
print(codecs.getencoder('shift_jis')(123) if False else 'skip')
try:
    codecs.getdecoder('gbk')('text')
except TypeError as e:
    print('TypeError', e)
print(codecs.getencoder('gbk')('中', 'strict'))
print(codecs.getdecoder('gbk')(bytearray(b'\xd6\xd0'), None))
print(codecs.getdecoder('gbk')(memoryview(b'\xd6\xd0abc')))
