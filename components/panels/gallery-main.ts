import { gallery } from './gallery.ts';

const g = gallery();
document.body.append(g);
await Promise.all([...g.querySelectorAll('*')].map((el) => (el as { updateComplete?: Promise<unknown> }).updateComplete));
g.querySelector('et-hidden-list')?.shadowRoot?.querySelector('details')?.setAttribute('open', '');
g.querySelector('et-export-menu')?.shadowRoot?.querySelector('details')?.setAttribute('open', '');
document.body.dataset.ready = 'true';
