import { writeFileSync } from 'node:fs';
import { classifyArticle } from '@dw/domain/classification';
import type { ClassifyInput } from '@dw/domain';
import { readCommandLine } from '@dw/platform/cli/command-line';
import { z } from 'zod';
import { parseJsonLines, readInput } from './io';

const InputLine = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  title: z
    .string()
    .nullish()
    .transform((value) => value ?? ''),
  text: z
    .string()
    .nullish()
    .transform((value) => value ?? ''),
  published: z
    .string()
    .nullish()
    .transform((value) => value ?? null),
  url: z.string().nullish(),
  source: z.string().nullish(),
});

/** One output line per input line, in input order; a bad line yields {"id", "error"} and the run goes on. */
export function classifyLines(content: string): string[] {
  return parseJsonLines(content).map((row) => {
    if (row.error) return JSON.stringify({ id: null, line: row.line, error: row.error });
    const parsed = InputLine.safeParse(row.value);
    if (!parsed.success) {
      const id =
        typeof row.value === 'object' && row.value !== null && 'id' in row.value ? row.value.id : null;
      return JSON.stringify({
        id,
        line: row.line,
        error: `line ${row.line}: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`,
      });
    }
    try {
      const input: ClassifyInput = parsed.data;
      return JSON.stringify(classifyArticle(input));
    } catch (error) {
      return JSON.stringify({ id: parsed.data.id, line: row.line, error: (error as Error).message });
    }
  });
}

function main(): void {
  const { values } = readCommandLine(
    'classify',
    'usage: npm run classify -- [--in ARTICLES.jsonl] [--out RESULTS.jsonl]   (stdin and stdout by default)',
    { in: { type: 'string' }, out: { type: 'string' } },
  );
  let content: string;
  try {
    content = readInput(values.in);
  } catch (error) {
    process.stderr.write(`classify: cannot read ${values.in ?? 'stdin'}: ${(error as Error).message}\n`);
    process.exit(1);
  }
  const output = classifyLines(content).join('\n') + '\n';
  if (values.out) writeFileSync(values.out, output);
  else process.stdout.write(output);
}

if (require.main === module) main();
