import { noChange } from 'lit';
import { Directive, directive, PartType, type AttributePart, type PartInfo } from 'lit/directive.js';

/**
 * Sets inline CSS properties through the CSSOM only (`style.setProperty`), on the first render too.
 * Lit's styleMap writes a style attribute on first render, which a strict CSP (`style-src 'self'`)
 * refuses; CSSOM writes are allowed. Keys are CSS property names: `left`, `min-height`, `--c`.
 */
class StyleProps extends Directive {
  private previous = new Set<string>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ATTRIBUTE || info.name !== 'style') throw new Error('styleProps() belongs in a style attribute');
  }

  render(_styles: Readonly<Record<string, string>>): typeof noChange {
    return noChange;
  }

  override update(part: AttributePart, [styles]: [Readonly<Record<string, string>>]): typeof noChange {
    const style = part.element.style;
    for (const name of this.previous) if (!(name in styles)) style.removeProperty(name);
    for (const name in styles) style.setProperty(name, styles[name]!);
    this.previous = new Set(Object.keys(styles));
    return noChange;
  }
}

export const styleProps = directive(StyleProps);
