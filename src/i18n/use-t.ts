import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { translator, type Translator } from './translator';
import { DEFAULT_LANGUAGE } from './resources';

export const TranslatorContext = createContext<Translator>(translator(DEFAULT_LANGUAGE));

/** The current language's translator; the guide's root provides it. */
export const useT = (): Translator => useContext(TranslatorContext);
