/**
 * Vitest setup: the interface's English messages (`public/_locales/en/messages.json`), in place of
 * the browser's i18n API that tests do not have, so components render what a reader with an
 * English browser reads. A test may switch to another language with `setMessages`.
 */
import { beforeEach } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import { setMessages } from '../../components/i18n';

beforeEach(() => setMessages(en, 'en-GB'));
