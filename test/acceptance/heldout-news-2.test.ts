/**
 * Held-out news, second set (fixtures/news-2, expectations in heldout-news-2.data.ts), with the
 * checks of heldout-checks.ts.
 */
import { join } from 'node:path';
import { STORIES_2 } from './heldout-news-2.data.ts';
import { describeHeldOut } from './heldout-checks.ts';

describeHeldOut(STORIES_2, join(import.meta.dirname, 'fixtures/news-2'), (file) => `news-2/${file}`);
