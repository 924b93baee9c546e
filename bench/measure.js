// Loaded by the render benchmark's pages (plain JS: runs in the page as written).
// Each function resolves with milliseconds measured with performance.now().

/** Two animation frames: what was drawn is on screen. */
function painted() {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}

window.bench = {
  async firstRenderOurs() {
    const el = document.querySelector('event-timeline');
    const t0 = performance.now();
    el.data = window.benchData;
    await el.updateComplete;
    await painted();
    return performance.now() - t0;
  },

  async firstRenderVis() {
    const items = window.benchData.events.map((e) =>
      e.end ? { id: e.id, content: e.title, start: e.start, end: e.end, type: 'range' } : { id: e.id, content: e.title, start: e.start, type: 'point' },
    );
    const t0 = performance.now();
    window.visTimeline = new window.vis.Timeline(document.getElementById('vis'), items, { stack: false, height: '600px' });
    await painted();
    return performance.now() - t0;
  },

  /** One wheel event per animation frame at (x, y): zoom in for half the frames, then out. */
  async wheelFrames(frames, x, y) {
    let target = document.elementFromPoint(x, y);
    // Into open shadow roots: the wheel must reach the element that listens for it.
    while (target && target.shadowRoot) {
      const inner = target.shadowRoot.elementFromPoint(x, y);
      if (!inner || inner === target) break;
      target = inner;
    }
    if (!target) throw new Error('nothing under the centre of the page');
    const deltas = [];
    const started = performance.now();
    await new Promise((resolve) => {
      let last = performance.now();
      let i = 0;
      function frame() {
        const now = performance.now();
        if (i > 0) deltas.push(now - last);
        last = now;
        // Stop early when frames are so slow that the run would take minutes.
        if (i++ >= frames || now - started > 60000) return resolve();
        target.dispatchEvent(new WheelEvent('wheel', { deltaY: i <= frames / 2 ? -120 : 120, deltaMode: 0, clientX: x, clientY: y, bubbles: true, cancelable: true, composed: true }));
        requestAnimationFrame(frame);
      }
      requestAnimationFrame(frame);
    });
    return deltas;
  },
};
