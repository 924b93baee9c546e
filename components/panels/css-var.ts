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
