// Legacy encodings a file declares (PO header, XML declaration, HTML meta): decoded by the declaration.
import { describe, expect, it } from 'vitest';
import { checkBytes } from '../lib/check.js';
import { decode, decodeAs, DecodeError } from '../lib/decode.js';
import { encodeLegacy } from '../cli/legacy-encode.js';

/** `text` in a single-byte `encoding`, each character's byte found by decoding all 256. */
function singleByte(text: string, encoding: string): Uint8Array {
  const bytes = encodeLegacy(text, encoding);
  if (!bytes) throw new Error(`${text} has no ${encoding} form`);
  return bytes;
}

const poHeader = (charset: string) => `msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=${charset}\\n"\n\n`;

describe('declared encodings', () => {
  it('decodes a PO file by its header charset (ISO-8859-1, KOI8-R, CP1251)', () => {
    const latin = poHeader('ISO-8859-1') + 'msgid "Coffee"\nmsgstr "Café"\n';
    expect(decode(singleByte(latin, 'windows-1252'))).toEqual({ text: latin, encoding: 'windows-1252', bom: false });
    const ru = poHeader('KOI8-R') + 'msgid "Hello"\nmsgstr "Привет"\n';
    expect(decode(singleByte(ru, 'koi8-r'))).toMatchObject({ text: ru, encoding: 'koi8-r' });
    const cp = poHeader('CP1251') + 'msgid "Hello"\nmsgstr "Привет"\n';
    expect(decode(singleByte(cp, 'windows-1251'))).toMatchObject({ text: cp, encoding: 'windows-1251' });
  });

  it('decodes double-byte encodings (EUC-JP, GB2312, Big5) and ISO-2022-JP, which is 7-bit', () => {
    for (const [label, encoding, words] of [
      ['EUC-JP', 'euc-jp', 'ファイルを開く'],
      ['GB2312', 'gbk', '打开文件'],
      ['Big5', 'big5', '開啟檔案'],
    ] as const) {
      const file = poHeader(label) + `msgid "Open file"\nmsgstr "${words}"\n`;
      expect(decode(encodeLegacy(file, encoding)!), label).toMatchObject({ text: file, encoding });
    }
    // ESC $ B ... ESC ( B around JIS X 0208 "日本" (0x46 0x7c 0x4b 0x5c).
    const jis = [...new TextEncoder().encode(poHeader('ISO-2022-JP') + 'msgid "Japan"\nmsgstr "'), 0x1b, 0x24, 0x42, 0x46, 0x7c, 0x4b, 0x5c, 0x1b, 0x28, 0x42, 0x22, 0x0a];
    expect(decode(Uint8Array.from(jis)).text).toMatch(/msgstr "日本"\n$/);
  });

  it('decodes XML by its declaration and HTML by its meta charset', () => {
    const xml = '<?xml version="1.0" encoding="windows-1252"?>\n<resources><string name="a">Déjà vu – “quoted”</string></resources>\n';
    expect(decode(singleByte(xml, 'windows-1252'))).toMatchObject({ text: xml, encoding: 'windows-1252' });
    const html = '<!doctype html><html><head><meta charset="iso-8859-2"></head><body><p>Žluťoučký kůň.</p></body></html>';
    expect(decode(singleByte(html, 'iso-8859-2'))).toMatchObject({ text: html, encoding: 'iso-8859-2' });
    const meta = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=koi8-r"></head><body>Привет</body></html>';
    expect(decode(singleByte(meta, 'koi8-r'))).toMatchObject({ text: meta, encoding: 'koi8-r' });
  });

  it('reads UTF-16 XML without a byte order mark by its declaration', () => {
    const xml = '<?xml version="1.0" encoding="UTF-16"?><root>Grüße</root>';
    expect(decode(Buffer.from(xml, 'utf16le'))).toEqual({ text: xml, encoding: 'utf-16le', bom: false });
    expect(decode(Buffer.from(xml, 'utf16le').swap16())).toEqual({ text: xml, encoding: 'utf-16be', bom: false });
  });

  it('reads valid UTF-8 as UTF-8 whatever the file declares, and no declaration is a guess', () => {
    const file = poHeader('ISO-8859-1') + 'msgid "Coffee"\nmsgstr "Café"\n';
    expect(decode(new TextEncoder().encode(file))).toMatchObject({ text: file, encoding: 'utf-8' });
    // charset=CHARSET is a template's placeholder, not a declaration.
    expect(() => decode(singleByte(poHeader('CHARSET') + 'msgid "a"\nmsgstr "é"\n', 'windows-1252'))).toThrow(/not valid UTF-8 \(first bad byte/);
    expect(() => decode(singleByte('Café, no declaration.', 'windows-1252'))).toThrow(/not valid UTF-8/);
  });

  it('refuses an encoding it cannot decode, and bytes the declared encoding does not map, naming the line', () => {
    const bytes = singleByte(poHeader('CP437') + 'msgid "a"\nmsgstr "é"\n', 'windows-1252');
    expect(() => decode(bytes)).toThrow(DecodeError);
    expect(() => decode(bytes)).toThrow(/declares the encoding "CP437" \(in its PO header\), which mtqa cannot decode/);
    // 0xFF starts no EUC-JP character: refused, not replaced.
    const euc = [...encodeLegacy(poHeader('EUC-JP') + 'msgid "a"\nmsgstr "日本', 'euc-jp')!, 0xff, 0x22, 0x0a];
    expect(() => decode(Uint8Array.from(euc))).toThrow(/declares the encoding euc-jp \(in its PO header\) but is not valid euc-jp \(first bad byte on line 6\)/);
  });

  it('checks a declared-encoding file with findings at offsets into the decoded text', () => {
    const file = poHeader('ISO-8859-1') + 'msgid "The file is already open."\nmsgstr "Déjà, le fichier est est ouvert."\n';
    const report = checkBytes(singleByte(file, 'windows-1252'), { name: 'fr.po' });
    expect(report.status).toBe('ok');
    expect(report.source.encoding).toBe('windows-1252');
    const doubled = report.findings.find((f) => f.rule === 'doubled-word');
    expect(doubled).toBeDefined();
    expect(file.slice(doubled!.start, doubled!.end)).toBe('est est');
  });
});

describe('encodeLegacy', () => {
  it('round-trips what TextDecoder decodes and refuses characters the encoding lacks', () => {
    const text = 'Ceci est déjà “cité” – 5 €.';
    expect(decodeAs(encodeLegacy(text, 'windows-1252')!, 'windows-1252')).toBe(text);
    expect(decodeAs(encodeLegacy('日本語のテキスト', 'shift_jis')!, 'shift_jis')).toBe('日本語のテキスト');
    expect(encodeLegacy('Привет', 'windows-1252')).toBeUndefined();
  });
});
