import type { Lang } from '../../core/definition/types.js';
import type { Option } from '../../core/model/types.js';

import { foldForSearch as fold } from '../../core/text/normalize.js';

export interface SearchResult {
  /** The best matches, at most `limit`, best first. */
  options: Option[];
  /** How many options match in all. */
  total: number;
}

export interface Matcher {
  search(query: string, limit?: number): SearchResult;
  /** The one option whose label is the query, folded; undefined when none or several are. */
  exact(query: string): Option | undefined;
}

/** How well a folded label matches a folded query: lower is better, -1 is no match. */
function rank(label: string, query: string, tokens: string[]): number {
  if (label.startsWith(query)) return 0;
  const spaced = ' ' + label;
  if (spaced.includes(' ' + query)) return 1;
  if (tokens.length > 1 && tokens.every((token) => spaced.includes(' ' + token))) return 2;
  return label.includes(query) ? 3 : -1;
}

/**
 * A matcher over one list in one language. Labels are folded once, so a keystroke over the 3,321 communes costs
 * string comparisons only. Order: labels starting with the query, then a word starting with it, then every typed word
 * starting a word of the label, then the query anywhere; the list's own order is kept within each group.
 */
export function createMatcher(options: Option[], lang: Lang): Matcher {
  const entries = options.map((option) => ({ option, folded: fold(option.label[lang]) }));
  return {
    search(query, limit = 50) {
      const folded = fold(query);
      if (!folded) return { options: options.slice(0, limit), total: options.length };
      const tokens = folded.split(' ');
      const groups: Option[][] = [[], [], [], []];
      for (const entry of entries) {
        const r = rank(entry.folded, folded, tokens);
        if (r >= 0) groups[r]!.push(entry.option);
      }
      const all = groups.flat();
      return { options: all.slice(0, limit), total: all.length };
    },
    exact(query) {
      const folded = fold(query);
      const found = entries.filter((entry) => entry.folded === folded);
      return folded && found.length === 1 ? found[0]!.option : undefined;
    },
  };
}
