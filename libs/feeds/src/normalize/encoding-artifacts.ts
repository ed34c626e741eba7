import iconv from 'iconv-lite';

/**
 * Repairs the two encoding accidents feeds show most: C1 control characters where a publisher
 * meant windows-1252 punctuation (&#146; for an apostrophe, "demoronising"), and UTF-8 text
 * decoded once too often as windows-1252 ("CafÃ©", "â€™"). A mojibake run is only replaced
 * when its windows-1252 bytes form valid UTF-8, so genuine Latin text is left alone.
 */
const C1 = /[\u0080-\u009f]/g;
const WINDOWS_1252_C1 = iconv.decode(
  Buffer.from(Array.from({ length: 32 }, (_, i) => 0x80 + i)),
  'windows-1252',
);

const CP1252_HIGH =
  '\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122';
const MOJIBAKE = new RegExp(`[\\u00c2-\\u00f4][${CP1252_HIGH}]{1,3}`, 'g');

function demoronize(text: string): string {
  return text.replace(C1, (ch) => {
    const mapped = WINDOWS_1252_C1[ch.charCodeAt(0) - 0x80];
    return mapped && mapped !== '\ufffd' && mapped !== ch ? mapped : '';
  });
}

function undoDoubleEncoding(text: string): string {
  return text.replace(MOJIBAKE, (run) => {
    try {
      const bytes = iconv.encode(run, 'windows-1252');
      const decoded = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      return decoded.length < run.length ? decoded : run;
    } catch {
      return run;
    }
  });
}

export function fixEncodingArtifacts(text: string): string {
  return undoDoubleEncoding(demoronize(text));
}
