// Dumps .NET code pages (decode of every 1/2-byte sequence, plus EUC-JP 3-byte and GB18030 4-byte ones; encode of
// every BMP code point) for gen_cjk_tables.py: dotnet fsi dump_codepages.fsx OUTDIR CODEPAGE...
open System
open System.Text
open System.IO
let prov = CodePagesEncodingProvider.Instance
let outDir = fsi.CommandLineArgs.[1]
for cpArg in fsi.CommandLineArgs.[2..] do
  let cp = int cpArg
  let enc = prov.GetEncoding(cp, EncoderReplacementFallback(""), DecoderReplacementFallback("\uFFFF"))
  use w = new StreamWriter(sprintf "%s/net_%d.txt" outDir cp)
  let dec (bs: byte[]) =
    let s = enc.GetString(bs)
    if s.Length = 0 || s.Contains('\uFFFF') then None
    elif s.Length = 1 then Some (int s.[0])
    elif s.Length = 2 && Char.IsHighSurrogate(s.[0]) && Char.IsLowSurrogate(s.[1]) then Some (Char.ConvertToUtf32(s.[0], s.[1]))
    else None
  let emit (bs: byte[]) =
    match dec bs with
    | Some c -> w.WriteLine(sprintf "D %s %X" (Convert.ToHexString bs) c)
    | None -> ()
  for b in 0..255 do emit [| byte b |]
  for l in 0x80..0xFF do
    for t in 0..255 do emit [| byte l; byte t |]
  if cp = 20932 then
    for a in 0xA1..0xFE do
      for b in 0xA1..0xFE do emit [| 0x8Fuy; byte a; byte b |]
  if cp = 54936 then
    for a in 0x81..0x84 do
      for b in 0x30..0x39 do
        for c in 0x81..0xFE do
          for d in 0x30..0x39 do emit [| byte a; byte b; byte c; byte d |]
  for c in 0..0xFFFF do
    if c < 0xD800 || c > 0xDFFF then
      let bs = enc.GetBytes(string (char c))
      if bs.Length > 0 then w.WriteLine(sprintf "E %X %s" c (Convert.ToHexString bs))
