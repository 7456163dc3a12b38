// Importing dvc-kit defines its elements. It comes before the app mounts on purpose: Vue sets a binding as a property
// only when the element has one (`'prefill' in element`), which only an upgraded (defined) element can answer.
import 'dvc-kit';
import { createApp } from 'vue';
import App from './App.vue';
import './app.css';

createApp(App).mount('#app');
