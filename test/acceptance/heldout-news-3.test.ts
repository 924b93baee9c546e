/**
 * Held-out news, third set (fixtures/news-3, expectations in heldout-news-3.data.ts), with the
 * checks of heldout-checks.ts.
 */
import { join } from 'node:path';
import { STORIES_3 } from './heldout-news-3.data.ts';
import { describeHeldOut } from './heldout-checks.ts';

describeHeldOut(STORIES_3, join(import.meta.dirname, 'fixtures/news-3'), (file) => `news-3/${file}`);
