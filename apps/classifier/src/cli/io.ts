import { readFileSync } from 'node:fs';

/** Reads a whole file, or stdin when no path is given. Throws when it cannot be read. */
export function readInput(path: string | undefined): string {
  return readFileSync(path ?? 0, 'utf8');
}

export function parseJsonLines(content: string): { line: number; value: unknown; error?: string }[] {
  const rows: { line: number; value: unknown; error?: string }[] = [];
  content.split(/\r?\n/).forEach((text, index) => {
    if (text.trim() === '') return;
    try {
      rows.push({ line: index + 1, value: JSON.parse(text) as unknown });
    } catch (error) {
      rows.push({
        line: index + 1,
        value: null,
        error: `line ${index + 1}: invalid JSON (${(error as Error).message})`,
      });
    }
  });
  return rows;
}
