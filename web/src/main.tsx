import { render } from 'preact';
import { appSpeech } from './i18n/language';
import { startServiceWorker } from './sw/register';
import { App } from './app/App';
import { installPrivateFields } from './kit/privateFields';
import './app/styles.css';

installPrivateFields();
// Screen readers pronounce the page in the language it is written in.
document.documentElement.lang = appSpeech();
const root = document.getElementById('app');
if (root) render(<App />, root);
startServiceWorker();
