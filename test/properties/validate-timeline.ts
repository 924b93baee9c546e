import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/** The checked-in model schema, compiled once (strict: a typo in the schema fails the tests). */
export const timelineSchema = JSON.parse(readFileSync(new URL('../../schema/timeline.schema.json', import.meta.url), 'utf8')) as Record<string, unknown>;

const ajv = new Ajv2020({ strict: true, allErrors: true });
// ajv-formats is CommonJS: its function is the default export or that export's `default`.
const formats = addFormats as unknown as typeof addFormats.default & { default?: typeof addFormats.default };
(formats.default ?? formats)(ajv);
export const validateTimeline = ajv.compile(timelineSchema);

/** Schema errors as readable lines ("/events/3/start must match pattern …"), empty when valid. */
export function schemaErrors(value: unknown): string[] {
  return validateTimeline(value) ? [] : (validateTimeline.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
}
