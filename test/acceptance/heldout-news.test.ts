/**
 * Held-out news: short real-world stories (test/acceptance/fixtures/news) written after the rules,
 * from every desk (wire, disaster, court, vote, deal, sport, space, obituary, conflict, a feature
 * with flashbacks). Each lists the happenings a careful reader dates from the story alone, and what
 * must not become an event. An expectation the extractor does not meet yet is marked with the
 * cause (`open`); the checks are in heldout-checks.ts.
 */
import { join } from 'node:path';
import { STORIES } from './heldout-news.data.ts';
import { describeHeldOut } from './heldout-checks.ts';

describeHeldOut(STORIES, join(import.meta.dirname, 'fixtures/news'), (file) => file);
