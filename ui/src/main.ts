import { mount } from 'svelte';
import './app.css';
import App from './App.svelte';
import { setLocale, setSecondLocale } from './lib/i18n.svelte';
import { prefs } from './lib/prefs';

const target = document.getElementById('app');
if (!target) throw new Error('no #app element');
void Promise.all([setLocale(prefs.locale() ?? 'en'), setSecondLocale(prefs.secondLocale())]).finally(() => mount(App, { target }));
