// Loaded as the only script of the strict-CSP test page (components/event-timeline.csp.test.ts).
import './event-timeline.ts';
