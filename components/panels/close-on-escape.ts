/** A keydown listener for a <details> panel: Escape folds it and puts the focus back on its summary. */
export function closeOnEscape(e: KeyboardEvent): void {
  const details = e.currentTarget as HTMLDetailsElement;
  if (e.key !== 'Escape' || !details.open) return;
  e.stopPropagation();
  details.open = false;
  details.querySelector('summary')?.focus();
}
