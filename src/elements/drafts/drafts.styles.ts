import { cardListStyles } from '../../styles/card-list.js';

/** The drafts list is a list of cards (src/styles/card-list.ts), shared with the submitted applications. */
export const draftsStyles = cardListStyles;
