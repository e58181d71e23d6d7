import { render } from 'preact';
import { startServiceWorker } from './sw/register';
import { App } from './ui/App';
import { installPrivateFields } from './ui/privateFields';
import './ui/styles.css';

installPrivateFields();
const root = document.getElementById('app');
if (root) render(<App />, root);
startServiceWorker();
