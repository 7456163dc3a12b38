/** What wrapping needs from a font: the width of a string at a size (a PDFFont has exactly this). */
export interface Measure {
  widthOfTextAtSize(text: string, size: number): number;
}

/**
 * Breaks text into lines no wider than `width`: at spaces where possible, inside a word when the word alone is too
 * wide (a long hash or an address without spaces must not run off the page), and at every "\n".
 */
export function wrapText(value: string, font: Measure, size: number, width: number): string[] {
  const fits = (line: string) => font.widthOfTextAtSize(line, size) <= width;
  const lines: string[] = [];
  for (const paragraph of value.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/ +/)) {
      const candidate = line === '' ? word : `${line} ${word}`;
      if (fits(candidate)) {
        line = candidate;
        continue;
      }
      if (fits(word)) {
        lines.push(line);
        line = word;
        continue;
      }
      // A word wider than the column (a hash, a long code) is cut where the line is full, by characters rather than
      // UTF-16 units so that no letter is cut in half (the text is NFC: one letter, one character).
      if (line !== '') line += ' ';
      for (const char of Array.from(word)) {
        if (line !== '' && !fits(line + char)) {
          lines.push(line);
          line = '';
        }
        line += char;
      }
    }
    lines.push(line);
  }
  return lines;
}
