import { render } from 'preact';
import { App } from './app/app';
import { ruleBase } from './rules/rule-base';
import './ui/styles/guide.css';
import './app/app.css';

render(<App ruleBase={ruleBase} />, document.getElementById('app')!);
