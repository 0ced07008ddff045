import english from '../../public/_locales/en/messages.json';
import { installMessages, type MessageEntry } from './i18n';

/**
 * Outside the browser (the Node CLI, unit tests) there is no i18n API: importing this module makes the
 * English messages the lookup table. Extension code never imports it, so no bundle carries the table.
 */
installMessages(english as Record<string, MessageEntry>);
