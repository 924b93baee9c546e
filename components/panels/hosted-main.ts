import '../event-timeline.ts';
import type { Timeline } from '../../src/model.ts';

const el = document.getElementById('hosted') as (HTMLElement & { select(id: string): void; updateComplete: Promise<unknown> }) | null;
localStorage.clear();
el?.addEventListener(
  'timeline-load',
  async (e) => {
    const t = (e as CustomEvent<{ timeline: Timeline | null }>).detail.timeline;
    const withDate = t?.events.find((ev) => ev.mentions.some((m) => m.dateText)) ?? t?.events[0];
    if (withDate) el.select(withDate.id);
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 300));
    // ?view=source: open the selected event's source text as a reader would.
    if (new URLSearchParams(location.search).get('view') === 'source') {
      const detail = el.shadowRoot?.querySelector('et-detail');
      detail?.shadowRoot?.querySelector<HTMLButtonElement>('.link-button')?.click();
      await new Promise((r) => setTimeout(r, 300));
    }
    document.body.dataset.ready = 'true';
  },
  { once: true },
);
