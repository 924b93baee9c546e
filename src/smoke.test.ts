import { expect, test } from 'vitest';
import { MODEL_VERSION } from './model.ts';
test('model version', () => { expect(MODEL_VERSION).toBe(1); });
