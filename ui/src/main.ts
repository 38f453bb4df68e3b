import { mount } from 'svelte';
import './app.css';
import App from './App.svelte';
import { setLocale } from './lib/i18n.svelte';
import { prefs } from './lib/prefs';

const target = document.getElementById('app');
if (!target) throw new Error('no #app element');
void setLocale(prefs.locale() ?? 'en').finally(() => mount(App, { target }));
