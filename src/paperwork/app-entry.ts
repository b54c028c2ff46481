import './paperwork.css';
// The app shows both languages: the paperwork's English comes with it here (the embed's comes with its English module).
import './texts-en';

/** What the app loads on demand for its result page: the component with its stylesheet. */
export { Paperwork } from './view/paperwork';
