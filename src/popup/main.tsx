import { render } from 'preact';
import { localizeDocument } from '../ui/localize-document';
import { App } from './App';

localizeDocument('extShortName');
const root = document.getElementById('app');
if (root) render(<App />, root);
