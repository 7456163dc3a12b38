import { css } from 'lit';

export const selectFieldStyles = css`
  /* Long option labels (a commune with its province) must not widen the page past a phone's screen. */
  select.control {
    max-width: var(--dvc-select-max-width, 100%);
    text-overflow: ellipsis;
  }
  .load-failed {
    display: block;
    color: var(--dvc-color-error, #b3261e);
    margin-block-start: 0.5rem;
  }
`;
