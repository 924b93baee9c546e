// Loaded as the only script of the strict-CSP test page (components/event-timeline.csp.test.ts).
// It records every CSP violation from the very start, and whether the element loaded.
const w = window as Window & { __fixture?: string; __violations?: string[]; __vitest_browser_runner__?: unknown };
w.__fixture = 'loading';
w.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => w.__violations!.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber} ${e.sample}`));
// Vitest's browser mode rewrites dynamic import() to go through its runner, absent in this page;
// give it the same pass-through vitest itself gives workers.
w.__vitest_browser_runner__ ??= { wrapDynamicImport: (f: () => Promise<unknown>) => f() };
import('./event-timeline.ts').then(
  () => (w.__fixture = 'ready'),
  (err: unknown) => (w.__fixture = `failed: ${String(err)}`),
);
