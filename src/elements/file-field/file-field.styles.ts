import { css } from 'lit';

/**
 * The native file input is hidden visually but stays in the tab order; its `<label>` is the visible target, drawn as
 * a GOV.UK secondary button (44 px tall) and given the focus ring whenever the input has focus. The chosen file sits
 * in a bordered block whose parts wrap under each other at 320 px.
 */
export const fileFieldStyles = css`
  .button:focus-visible,
  .file-input:focus + .choose {
    outline: 3px solid transparent;
    color: var(--dvc-color-focus-text, #0b0c0c);
    background: var(--dvc-color-focus, #ffdd00);
    border-color: var(--dvc-color-focus, #ffdd00);
    box-shadow:
      inset 0 0 0 1px var(--dvc-color-focus, #ffdd00),
      0 2px 0 var(--dvc-color-focus-text, #0b0c0c);
  }
  .choose {
    margin-block-start: 0.25rem;
  }
  .current {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75rem 1rem;
    margin-block-end: 0.75rem;
    padding: 0.75rem;
    border: 1px solid var(--dvc-color-border, #b1b4b6);
  }
  .thumbnail {
    display: block;
    max-width: var(--dvc-file-thumbnail-size, 6rem);
    max-height: var(--dvc-file-thumbnail-size, 6rem);
    object-fit: contain;
    border: 1px solid var(--dvc-color-border, #b1b4b6);
  }
  .details {
    display: flex;
    flex: 1 1 10rem;
    flex-direction: column;
    min-width: 0;
  }
  .file-name {
    font-weight: 700;
    overflow-wrap: anywhere;
  }
  .file-size,
  .note {
    color: var(--dvc-color-hint, #484949);
  }
  .status {
    margin: 0.5rem 0 0;
  }
  .status:empty {
    display: none;
  }
`;
