import './paperwork.css';

/** What the app loads on demand for its result page: the component with its stylesheet. */
export { Paperwork } from './view/paperwork';
