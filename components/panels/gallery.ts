/** Every panel on one page, with real fixtures: for the layout test and the screenshots. */
import './index.ts';
import { EtAddSource } from './et-add-source.ts';
import { EtDetail } from './et-detail.ts';
import { EtExportMenu } from './et-export-menu.ts';
import { EtHiddenList } from './et-hidden-list.ts';
import { EtMessages } from './et-messages.ts';
import { EtSearch } from './et-search.ts';
import { EtSourceToggles } from './et-source-toggles.ts';
import { EtSourceView } from './et-source-view.ts';
import { events, sources, timeline } from './test-fixtures.ts';

const COLORS = { dailycaller: '#d1495b', americanpatriotdaily: '#2e86ab' };

export function gallery(): HTMLElement {
  const wrap = document.createElement('main');
  wrap.className = 'gallery';
  const bar = document.createElement('div');
  bar.className = 'bar';
  const search = new EtSearch();
  search.query = 'Mosul';
  const exp = new EtExportMenu();
  exp.timeline = timeline();
  bar.append(search, exp);
  const toggles = new EtSourceToggles();
  toggles.sources = sources().map((s, i) => (i === 1 ? { ...s, local: true } : s));
  toggles.hiddenSources = ['americanpatriotdaily'];
  toggles.colors = COLORS;
  const hidden = new EtHiddenList();
  hidden.events = events().slice(0, 2);
  const messages = new EtMessages();
  messages.diagnostics = [
    { file: 'data/americanpatriotdaily-us-big-win-in-iraq.md', severity: 'warning', message: 'no publication date; relative dates were resolved against 2017-07-10, inferred from the text.' },
    { file: 'data/broken.md', line: 4, severity: 'error', message: 'datePublished "2017-13-45" is not a date: write it as YYYY-MM-DD.' },
  ];
  const detail = new EtDetail();
  detail.event = events()[2]!;
  detail.sources = sources();
  detail.colors = COLORS;
  const view = new EtSourceView();
  view.source = sources()[0]!;
  view.events = events();
  view.activeId = 'e-retook';
  const add = new EtAddSource();
  wrap.append(bar, toggles, hidden, messages, detail, view, add);
  return wrap;
}

