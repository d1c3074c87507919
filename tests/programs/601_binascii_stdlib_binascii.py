import binascii, base64
print(binascii.hexlify(b'\x01\xab'), binascii.unhexlify('01ab'), binascii.hexlify(b'abcd', '-', 2))
print(binascii.b2a_base64(b'hello'), binascii.a2b_base64(b'aGVsbG8=\n'), base64.b64encode(b'xyz!'), base64.b64decode('eHl6IQ=='))
print(binascii.crc32(b'hello'), binascii.crc32(b'world', 5), binascii.crc_hqx(b'abc', 0))
print(binascii.b2a_uu(b'Cat'), binascii.a2b_uu(binascii.b2a_uu(b'hello world')))
for bad in [b'aGVsbG8', b'a', b'!!']:
    try: print(binascii.a2b_base64(bad))
    except binascii.Error as e: print('Error', e)
try: binascii.unhexlify('abc')
except binascii.Error as e: print('Error', e)
print(base64.urlsafe_b64encode(b'\xff\xfe'), base64.b32encode(b'ab'), base64.b16decode('4142'))
