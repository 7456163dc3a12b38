import { css } from 'lit';

/**
 * Steps are segments of a bar (USWDS step indicator): dark for completed, blue and bold for the current step, grey for
 * steps not reached. Below 36rem of available width (a container query, so it also holds in a narrow sidebar) only
 * "Step x of y" and the current title stay: six Vietnamese step titles cannot fit in 320 px.
 */
export const stepNavStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    margin-block-end: var(--dvc-field-gap, 1.5rem);
    font-family: var(--dvc-font-family, system-ui, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif);
    font-size: var(--dvc-step-nav-font-size, 1rem);
    line-height: 1.4;
    color: var(--dvc-color-text, #0b0c0c);
  }
  :host([hidden]) {
    display: none;
  }
  .count {
    margin: 0 0 0.5rem;
    font-weight: 700;
  }
  .current-title {
    display: none;
    margin: 0;
    font-weight: 700;
    overflow-wrap: anywhere;
  }
  .steps {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .step {
    flex: 1 1 7rem;
    min-width: 0;
    border-block-start: 0.5rem solid var(--dvc-color-step-upcoming, #b1b4b6);
    color: var(--dvc-color-step-upcoming-text, #484949);
    overflow-wrap: anywhere;
  }
  .step.completed {
    border-block-start-color: var(--dvc-color-step-completed, #0b0c0c);
    color: inherit;
  }
  .step.current {
    border-block-start-color: var(--dvc-color-step-current, #1d70b8);
    color: inherit;
    font-weight: 700;
  }
  .number {
    margin-inline-end: 0.25rem;
  }
  .label,
  .step-button {
    box-sizing: border-box;
    display: block;
    width: 100%;
    min-height: 44px;
    padding: 0.5rem 0.25rem;
    text-align: start;
  }
  .step-button {
    margin: 0;
    font: inherit;
    color: var(--dvc-color-link, #1d70b8);
    background: none;
    border: 0;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
    overflow-wrap: anywhere;
  }
  .step-button:hover {
    text-decoration-thickness: 3px;
  }
  .step-button:focus-visible {
    outline: 3px solid transparent;
    color: var(--dvc-color-focus-text, #0b0c0c);
    background: var(--dvc-color-focus, #ffdd00);
    box-shadow: inset 0 -4px var(--dvc-color-focus-text, #0b0c0c);
    text-decoration: none;
  }
  @container (max-width: 36rem) {
    .steps {
      display: none;
    }
    .current-title {
      display: block;
    }
  }
`;
