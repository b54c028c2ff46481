import { render } from 'preact';
import { ReviewCopy } from '../../../src/review/review-copy';
import { ruleFiles } from '../../../src/rules/rule-files';
import { withBrokenThreats } from './broken-rule-base';
import '../../../src/ui/styles/guide.css';
import '../../../src/review/review.css';

/** The review copy as the app mounts it, over a rule base with one rule broken on purpose. */
render(
  <main>
    <ReviewCopy ruleBase={withBrokenThreats(ruleFiles)} />
  </main>,
  document.getElementById('app')!,
);
