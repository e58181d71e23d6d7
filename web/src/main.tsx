import { render } from 'preact';
import { startServiceWorker } from './sw/register';
import { App } from './ui/App';
import './ui/styles.css';

const root = document.getElementById('app');
if (root) render(<App />, root);
startServiceWorker();
