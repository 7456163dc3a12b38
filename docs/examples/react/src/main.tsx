// Importing dvc-kit defines its elements. It comes before the first render on purpose: React decides property vs
// attribute by asking the element (`'prefill' in element`), which only an upgraded (defined) element can answer.
import 'dvc-kit';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './app.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
