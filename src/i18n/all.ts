// Every language's strings, registered eagerly: for Node (the CLI, PDF layout in Node) and for code that is itself
// loaded lazily in the browser (the PDF chunk), where waiting for a language would only add a step.
import { en } from './en.js';
import { registerCatalog } from './index.js';

registerCatalog('en', en);

export * from './index.js';
