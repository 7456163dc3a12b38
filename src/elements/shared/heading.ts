import { nothing, type TemplateResult } from 'lit';
import { html, literal, type StaticValue } from 'lit/static-html.js';

/** Heading elements by level: a list's heading takes the portal's level, each card's title the next one. */
const HEADINGS: Record<number, StaticValue> = {
  2: literal`h2`,
  3: literal`h3`,
  4: literal`h4`,
  5: literal`h5`,
  6: literal`h6`,
};

/**
 * A heading of the given level. A list's own heading (`part` heading) can take focus, for when the last card is
 * deleted and nothing else is left to land on.
 */
/* eslint-disable lit/binding-positions, lit/no-invalid-html -- the tag is a lit/static-html literal, which this
   lint plugin reads as an ordinary binding. */
export function heading(level: number, part: 'heading' | 'title', content: string): TemplateResult {
  const tag = HEADINGS[level];
  return html`<${tag} class=${part} part=${part} tabindex=${part === 'heading' ? '-1' : nothing}>${content}</${tag}>`;
}
/* eslint-enable lit/binding-positions, lit/no-invalid-html */
