import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets one CSS custom property on an element through the CSSOM. Unlike a style attribute (and
 * unlike styleMap's first render) this is allowed under a strict `style-src 'self'` policy.
 */
class CssVarDirective extends Directive {
  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('cssVar() is an element directive');
  }

  render(_name: string, _value: string | undefined): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [name, value]: [string, string | undefined]): typeof noChange {
    const style = (part.element as HTMLElement).style;
    if (value) style.setProperty(name, value);
    else style.removeProperty(name);
    return noChange;
  }
}

export const cssVar = directive(CssVarDirective);

/** Property name → value; null/undefined/'' removes it. Names as in CSS or camelCase (`minHeight`), or `--custom`. */
export type StyleProps = Readonly<Record<string, string | number | null | undefined>>;

/**
 * A CSP-safe styleMap: `<div ${styleProps({ left: '3px', '--c': 'red' })}>`. Every property goes
 * through `style.setProperty`, on the first render too, so no style attribute is ever written.
 */
class StylePropsDirective extends Directive {
  private previous = new Set<string>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('styleProps() is an element directive');
  }

  render(_props: StyleProps): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [props]: [StyleProps]): typeof noChange {
    const style = (part.element as HTMLElement).style;
    const before = this.previous;
    this.previous = new Set();
    for (const [key, value] of Object.entries(props)) {
      const name = key.startsWith('--') ? key : key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
      if (value === null || value === undefined || value === '') style.removeProperty(name);
      else {
        style.setProperty(name, String(value));
        this.previous.add(name);
      }
    }
    for (const name of before) if (!this.previous.has(name)) style.removeProperty(name);
    return noChange;
  }
}

export const styleProps = directive(StylePropsDirective);
