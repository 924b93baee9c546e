import { readMeantime } from './meantime.ts';
import { readTimeml } from './timeml.ts';
import { CorpusFormatError, type AnnotatedDocument } from './types.ts';

/** Reads one annotated file by its content: MEANTIME CAT (`<Document>`) or TimeML (`<TimeML>`/`<TEXT>`). */
export function readAnnotated(xml: string, file: string): AnnotatedDocument {
  const head = xml.slice(0, 2000);
  if (/<Document[\s>]/.test(head)) return readMeantime(xml, file);
  if (/<TimeML[\s>]/.test(head) || /\.tml$/i.test(file) || xml.includes('<TEXT>')) return readTimeml(xml, file);
  throw new CorpusFormatError(file, 'neither MEANTIME CAT XML (<Document>) nor TimeML (<TimeML>, <TEXT>): give .tml or MEANTIME .xml files');
}
