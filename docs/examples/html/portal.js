// The only script the portal writes: it keeps the draft being filled in the address (#draft=<id>), so that a
// reload or a bookmark opens the same answers, and opens a draft chosen in the list of saved drafts.
/* global document, location, history, addEventListener -- a browser page */
const form = document.querySelector('dvc-form');
const drafts = document.querySelector('dvc-drafts');

function draftInAddress() {
  return new URLSearchParams(location.hash.slice(1)).get('draft');
}

function open(draftId) {
  if (draftId) form.setAttribute('draft-id', draftId);
  else form.removeAttribute('draft-id');
}

open(draftInAddress());
addEventListener('hashchange', () => open(draftInAddress()));

form.addEventListener('dvc-draft-saved', (event) => {
  if (draftInAddress() !== event.draftId) history.replaceState(null, '', `#draft=${event.draftId}`);
});
drafts.addEventListener('dvc-draft-selected', (event) => {
  location.hash = `draft=${event.draftId}`;
});
drafts.addEventListener('dvc-draft-new', () => {
  history.replaceState(null, '', location.pathname + location.search);
  open(null);
});
