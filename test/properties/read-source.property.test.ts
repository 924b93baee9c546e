import fc from 'fast-check';
import { expect, test } from 'vitest';
import { readSource } from '../../src/sources/read-source.ts';

const KEYS = ['headline', 'author', 'publisher', 'url', 'datePublished', 'dateModified', 'section', 'titel', 'date'];
const yamlish = fc.array(
  fc.oneof(
    fc.tuple(fc.constantFrom(...KEYS), fc.string({ maxLength: 30 })).map(([k, v]) => `${k}: ${v}`),
    fc.constantFrom('- item', '  nested: 1', '# comment', '[', '{a: 1', '&a x', '*a', 'key: "unclosed', ': no key', '\t', ''),
    fc.string({ maxLength: 30 }),
  ),
  { maxLength: 10 },
);
const document = fc.tuple(fc.boolean(), yamlish, fc.boolean(), fc.string({ maxLength: 200 }), fc.constantFrom('\n', '\r\n', '\r'))
  .map(([open, lines, close, body, eol]) => [...(open ? ['---'] : []), ...lines, ...(close ? ['---'] : []), body].join(eol));
const bytes = fc.oneof(
  document.map((d) => new TextEncoder().encode(d)),
  document.map((d) => new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(d)])),
  fc.uint8Array({ maxLength: 300 }),
  // Latin-1 bytes scattered in text: not UTF-8.
  fc.tuple(document, fc.integer({ min: 0x80, max: 0xff })).map(([d, b]) => new Uint8Array([...new TextEncoder().encode(d), b, 0x20, 0x41])),
);

test('readSource never throws; the body is the end of the file; every diagnostic names the file and a line inside it', () => {
  fc.assert(
    fc.property(fc.oneof(document, bytes), (content) => {
      const p = readSource({ file: 'x/a.md', content }, { now: new Date('2026-01-01') });
      expect(p.source.id).toBe('a');
      expect(p.source.text).toBe(p.body);
      expect(p.body).not.toMatch(/\r/);
      if (p.ok) {
        const text = (typeof content === 'string' ? content : new TextDecoder('utf-8').decode(content)).replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
        // Decoding may differ (Windows-1252), but never the line count, and the body ends the text.
        const lines = text.split('\n').length;
        expect(p.bodyLine).toBeGreaterThanOrEqual(1);
        expect(p.bodyLine).toBeLessThanOrEqual(lines + 1);
        if (typeof content === 'string') expect(text.endsWith(p.body)).toBe(true);
        for (const d of p.diagnostics) if (d.line !== undefined) expect(d.line).toBeLessThanOrEqual(lines);
      } else {
        expect(p.diagnostics.some((d) => d.severity === 'error')).toBe(true);
      }
      for (const d of p.diagnostics) {
        expect(d.file).toBe('x/a.md');
        if (d.line !== undefined) expect(Number.isInteger(d.line) && d.line >= 1).toBe(true);
        expect(d.message.length).toBeGreaterThan(20);
      }
      if (p.source.referenceDate !== undefined) expect(p.source.referenceDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (p.source.url !== undefined) expect(p.source.url).toMatch(/^https?:\/\//);
    }),
    { numRuns: 500 },
  );
});
