// The static CV verification page (verify.html, built into one file by vite.verify.config.ts).
import { mount } from 'svelte';
import Verify from './Verify.svelte';
import './verify.css';

const target = document.getElementById('verify');
if (target) mount(Verify, { target });
