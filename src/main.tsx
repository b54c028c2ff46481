import { render } from 'preact';
import { App } from './app/app';
import { mountIframePage } from './embed/iframe-page';
import { ruleBase } from './rules/rule-base';
import './ui/styles/guide.css';
import './app/app.css';

const container = document.getElementById('app')!;
const search = new URLSearchParams(location.search);
if (search.get('mode') === 'iframe') {
  mountIframePage(ruleBase, container, search);
} else {
  render(<App ruleBase={ruleBase} offlineFile={__OFFLINE_FILE__} offlineFileHref="./paragraf18-guiden-offline.html" />, container);
}
