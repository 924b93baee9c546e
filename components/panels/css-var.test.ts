import { html, render } from 'lit';
import { afterEach, describe, expect, test } from 'vitest';
import { cssVar, styleProps } from './css-var.ts';

afterEach(() => document.body.replaceChildren());

describe('CSP-safe style directives', () => {
  test('styleProps sets, updates and removes properties without ever writing a style attribute', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const writes: string[] = [];
    const setAttribute = Element.prototype.setAttribute;
    Element.prototype.setAttribute = function (this: Element, name: string, value: string) {
      if (name === 'style') writes.push(value);
      return setAttribute.call(this, name, value);
    };
    try {
      const view = (p: Record<string, string | null>) => html`<div ${styleProps(p)}></div>`;
      render(view({ left: '3px', minHeight: '10px', '--c': 'red' }), host);
      const div = host.querySelector('div')!;
      expect([div.style.left, div.style.minHeight, div.style.getPropertyValue('--c')]).toEqual(['3px', '10px', 'red']);
      render(view({ left: '5px', '--c': null }), host);
      expect([div.style.left, div.style.minHeight, div.style.getPropertyValue('--c')]).toEqual(['5px', '', '']);
      render(html`<span ${cssVar('--swatch', 'blue')}></span>`, host);
      expect(host.querySelector('span')!.style.getPropertyValue('--swatch')).toBe('blue');
    } finally {
      Element.prototype.setAttribute = setAttribute;
    }
    expect(writes).toEqual([]);
  });
});
