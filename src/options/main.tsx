import { render } from 'preact';
import { localizeDocument } from '../ui/localize-document';
import { OptionsApp } from './OptionsApp';

localizeDocument('optionsPageTitle');
const root = document.getElementById('app');
if (root) render(<OptionsApp />, root);
