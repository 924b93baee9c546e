import { afterEach, describe, expect, test } from 'vitest';
import { EtMessages } from './et-messages.ts';
import { axeViolations, cleanup, hostileTimeline, liveHostileNodes, mount } from './test-fixtures.ts';

afterEach(cleanup);

describe('<et-messages>', () => {
  test('renders nothing when all is well', async () => {
    const el = await mount(new EtMessages());
    expect(el.shadowRoot!.querySelector('.box')).toBeNull();
  });

  test('shows load errors and each diagnostic with file, line, severity; errors first', async () => {
    const el = new EtMessages();
    el.errors = ['Could not load timeline.json: HTTP 404'];
    el.diagnostics = [
      { file: 'data/a.md', severity: 'warning', message: 'unknown key "hedline"; did you mean "headline"?', line: 2 },
      { file: 'data/b.md', severity: 'error', message: 'the date 2017-13-45 is impossible; write YYYY-MM-DD', line: 4 },
    ];
    await mount(el);
    const r = el.shadowRoot!;
    expect(r.querySelector('.error-line')!.textContent).toBe('Could not load timeline.json: HTTP 404');
    expect(r.querySelector('summary')!.textContent).toContain('1 error, 1 warning');
    const items = [...r.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(items).toEqual([
      'error data/b.md:4 — the date 2017-13-45 is impossible; write YYYY-MM-DD',
      'warning data/a.md:2 — unknown key "hedline"; did you mean "headline"?',
    ]);
    expect(await axeViolations(el)).toEqual([]);
  });

  test('hostile messages stay text', async () => {
    const el = new EtMessages();
    el.diagnostics = hostileTimeline().diagnostics;
    el.errors = ['<img src=x onerror="window.__pwned=1">'];
    await mount(el);
    el.shadowRoot!.querySelector('details')!.open = true;
    expect(liveHostileNodes(el.parentElement!)).toEqual([]);
    expect(el.shadowRoot!.textContent).toContain('<script>');
  });
});
