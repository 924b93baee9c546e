import type { Diagnostic } from '../model.ts';
import type { ParsedSource } from './types.ts';

/** The id of a source: its file name without folders and extension (`data/a.md` → `a`). */
export function sourceIdFromFile(file: string): string {
  const name = file.split(/[\\/]/).pop() ?? '';
  const stem = name.replace(/\.(md|markdown|txt|text)$/i, '').trim();
  return stem || 'source';
}

/**
 * Make source ids unique across a set of sources, in the given order: the second `a` becomes
 * `a-2`, and a warning names both files. Returns new objects; the input is left untouched.
 */
export function uniqueSourceIds(sources: readonly ParsedSource[]): ParsedSource[] {
  const taken = new Map<string, string>();
  for (const s of sources) if (!taken.has(s.source.id)) taken.set(s.source.id, s.source.file);
  const used = new Set<string>();
  return sources.map((s) => {
    const id = s.source.id;
    if (!used.has(id)) {
      used.add(id);
      return s;
    }
    let n = 2;
    while (used.has(`${id}-${n}`) || (taken.has(`${id}-${n}`) && taken.get(`${id}-${n}`) !== s.source.file)) n++;
    const newId = `${id}-${n}`;
    used.add(newId);
    const warning: Diagnostic = {
      file: s.source.file,
      severity: 'warning',
      message: `another source (${taken.get(id) ?? 'an earlier file'}) already has the id "${id}", so this one is "${newId}". Rename one of the files so that each file name is unique.`,
    };
    return { ...s, source: { ...s.source, id: newId }, diagnostics: [...s.diagnostics, warning] };
  });
}
