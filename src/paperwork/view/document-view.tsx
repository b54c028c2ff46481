import { Fragment, type ComponentChildren } from 'preact';
import type { Block, PaperDocument, Section } from '../document';
import { PaperHeading } from './paper-heading';
import { QuotedText, SentenceView } from './sentence-view';

interface DocumentViewProps {
  document: PaperDocument;
  /** Level of the document's title; its parts and their sections nest below it. */
  level: number;
  /** Controls shown under the title and labels; never part of the document's text. */
  actions?: ComponentChildren;
}

function BlockView({ block, document }: { block: Block; document: PaperDocument }) {
  const { language } = document;
  if (block.kind === 'list') {
    return (
      <ul class="p18-list p18-paperwork__list">
        {block.items.map((item, index) => (
          <li key={index}>
            <SentenceView sentence={item} language={language} />
          </li>
        ))}
      </ul>
    );
  }
  return (
    <p class="p18-paperwork__paragraph">
      {block.sentences.map((sentence, index) => (
        <Fragment key={index}>
          {index > 0 && ' '}
          <SentenceView sentence={sentence} language={language} />
        </Fragment>
      ))}
    </p>
  );
}

function SectionView({ section, level, document }: { section: Section; level: number; document: PaperDocument }) {
  return (
    <div class={`p18-paperwork__part p18-paperwork__part--${section.id}`}>
      <PaperHeading level={level}>{section.heading.text}</PaperHeading>
      {section.blocks.map((block, index) => (
        <BlockView key={index} block={block} document={document} />
      ))}
      {section.subsections.map((sub) => (
        <SectionView key={sub.id} section={sub} level={level + 1} document={document} />
      ))}
    </div>
  );
}

/** A paperwork document as headings, paragraphs and lists: the same words `documentText` copies. */
export function DocumentView({ document, level, actions }: DocumentViewProps) {
  return (
    <>
      <PaperHeading level={level} class="p18-paperwork__title">
        {document.title.text}
      </PaperHeading>
      {document.labels.map((label) => (
        <p key={label.key} class="p18-paperwork__label">
          {label.text}
        </p>
      ))}
      {actions}
      <div class="p18-paperwork__body">
        {document.sections.map((section) => (
          <SectionView key={section.id} section={section} level={level + 1} document={document} />
        ))}
        {document.referencesHeading && document.references.length > 0 && (
          <div class="p18-paperwork__part p18-paperwork__part--references">
            <PaperHeading level={level + 1}>{document.referencesHeading.text}</PaperHeading>
            <ul class="p18-paperwork__references">
              {document.references.map((reference) => (
                <li key={reference.id}>
                  <QuotedText text={reference.text.text} quote={reference.quote} language={document.language} />
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </>
  );
}
