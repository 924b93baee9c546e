import { readFile } from 'node:fs/promises';
import { referenceInstant } from '../temporal/reference.ts';
import { tag } from '../temporal/tag.ts';

const USAGE = `usage: event-timeline timex --dct YYYY-MM-DD [file | -]
  Tags the time expressions of a plain-text file (or standard input, "-" or no file) and prints
  them as a JSON list of TIMEX3 annotations; offsets index the text exactly as read.`;

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

export async function run(args: string[]): Promise<number> {
  let dct: string | undefined;
  let file: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--dct' || a.startsWith('--dct=')) {
      dct = a === '--dct' ? args[++i] : a.slice('--dct='.length);
      if (!dct || !referenceInstant(dct) || !/^\d{4}-\d{2}-\d{2}$/.test(dct)) {
        console.error(`timex: --dct takes a calendar date YYYY-MM-DD (the document's reference date), not ${JSON.stringify(dct ?? '')}\n${USAGE}`);
        return 2;
      }
    } else if (a === '-h' || a === '--help') {
      console.log(USAGE);
      return 0;
    } else if (a !== '-' && a.startsWith('-')) {
      console.error(`timex: unknown option ${a}\n${USAGE}`);
      return 2;
    } else if (file !== undefined) {
      console.error(`timex: give one file (or - for standard input), not several\n${USAGE}`);
      return 2;
    } else file = a;
  }
  if (!dct) {
    console.error(`timex: --dct YYYY-MM-DD is required: relative dates are resolved against it\n${USAGE}`);
    return 2;
  }
  let text: string;
  try {
    text = file === undefined || file === '-' ? await readStdin() : await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    console.error(`timex: cannot read ${file}: ${code === 'ENOENT' ? 'no such file; check the path' : code === 'EISDIR' ? 'it is a folder; give a text file' : (e as Error).message}`);
    return 1;
  }
  console.log(JSON.stringify(tag(text, { referenceDate: dct }), null, 2));
  return 0;
}
