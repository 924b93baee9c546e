// The page listens to the element's public events; nothing here is needed for it to work.
const timeline = document.getElementById('mosul');
const status = document.getElementById('status');

timeline?.addEventListener('timeline-select', (e) => {
  const detail = /** @type {CustomEvent} */ (e).detail ?? {};
  const title = detail.event?.title ?? detail.id;
  if (status) status.textContent = title ? `Selected: ${title}` : 'Nothing selected.';
});
